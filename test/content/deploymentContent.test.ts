// What a deployment adds to the shipped pack, on a result: the partner's section (its own, titled
// with the partner's name, after Microsoft's steps and notes), the links it points elsewhere, and
// "review due" on rows older than the deployment allows; a historical edition is never due.
import { strict as assert } from 'assert';
import { catalogFor } from '../../src/domain/textCatalog';
import { DeploymentContent, resultContent } from '../../src/domain/deploymentContent';
import { rowsDueForReview } from '../../src/domain/freshness';
import { Overlay, partnerSection } from '../../src/domain/overlay';
import { policyEdition } from '../../src/domain/policy';
import { CompleteAnswers } from '../../src/domain/questions';
import { decide } from '../../src/domain/rules';
import { renderCard } from '../../src/conversation/cards/cards';
import { renderReply } from '../../src/conversation/cards/replyCardCache';
import { resultView, summaryText } from '../../src/conversation/advisor/resultView';
import { CardJson, findElements } from '../support/chat';

const G1: CompleteAnswers = { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' };

const OVERLAY: Overlay = {
  linkUrls: { gdap: 'https://wiki.partner.example/gdap/{locale}' },
  languages: {
    'en-US': {
      name: 'Northwind Cloud',
      contact: 'Questions? The licensing desk, ext. 4410.',
      rows: {
        G1: {
          steps: ['Log the case in the onboarding tracker.'],
          notes: [{ title: 'Our rule', text: 'Ask the account manager before you send the link.' }],
          links: [{ title: 'Onboarding checklist', url: 'https://wiki.partner.example/onboarding' }],
        },
      },
    },
    'hu-HU': { name: 'Northwind Felhő', rows: { G2: { steps: ['Jegyezze fel az esetet.'] } } },
  },
};

function contentWith(overlay: Overlay | undefined, due: string[] = []): DeploymentContent {
  return { ...(overlay ? { overlay, overlayId: 'test-overlay' } : {}), reviewDue: new Set(due) as DeploymentContent['reviewDue'] };
}

describe("the deployment's content on a result", () => {
  it('rows older than the allowed age are due; the historical edition never is', () => {
    // The rows were last reviewed on 2026-11-24 (the errata of that day).
    const edition = policyEdition('2026-11');
    assert.deepEqual(rowsDueForReview(edition, '2026-11-25', 365), []);
    const due = rowsDueForReview(edition, '2027-11-25', 365);
    assert.deepEqual(
      due,
      edition.rows.map((r) => r.row),
    );
    assert.deepEqual(rowsDueForReview(edition, '2026-12-25', 30), due);
    assert.deepEqual(rowsDueForReview(policyEdition('2020'), '2030-01-01', 1), []);
  });

  it("the partner's section: in its languages only, and only with something to show", () => {
    assert.equal(partnerSection(OVERLAY, 'ru-RU', 'G1'), undefined, 'no Russian file: no section rather than English');
    assert.equal(partnerSection(OVERLAY, 'hu-HU', 'G1'), undefined, 'no contact line and nothing for G1');
    assert.deepEqual(partnerSection(OVERLAY, 'hu-HU', 'G2')?.steps, ['Jegyezze fel az esetet.']);
    const g3 = partnerSection(OVERLAY, 'en-US', 'G3');
    assert.equal(g3?.contact, 'Questions? The licensing desk, ext. 4410.', 'the contact line is on every result');
    assert.deepEqual(g3?.steps, []);
  });

  it('shows the section titled with the partner name after the steps and notes, before the edition line', () => {
    const outcome = decide(G1, '2026-11');
    const c = catalogFor('en-US');
    const content = resultContent(contentWith(OVERLAY), 'en-US', 'G1')!;
    const view = resultView(outcome, G1, 't.1', c, 'en-US', { content });
    const card = renderCard(view) as unknown as CardJson;
    const body = (card as unknown as { body: { id?: string }[] }).body;
    const at = (id: string): number => body.findIndex((e) => e.id === id);
    assert.ok(at('partner') > at(`note-${outcome.notes.at(-1)}`), 'after the last note');
    assert.ok(at('partner') < at('edition-2026-11'), 'before the edition line and the sources');
    assert.equal(findElements(card, (e) => e.id === 'partner-name')[0]?.text, 'Northwind Cloud');
    assert.equal(findElements(card, (e) => e.id === 'partner-contact')[0]?.text, 'Questions? The licensing desk, ext. 4410.');
    assert.equal(findElements(card, (e) => e.id === 'partner-link-1')[0]?.text, '[Onboarding checklist](https://wiki.partner.example/onboarding)');
    const section = JSON.stringify(findElements(card, (e) => e.id === 'partner')[0]);
    for (const text of ['Log the case in the onboarding tracker.', 'Our rule', 'Ask the account manager before you send the link.'])
      assert.ok(section.includes(text), text);
    // The link the partner points elsewhere, with the locale filled in; the others stay Microsoft's.
    assert.equal(findElements(card, (e) => e.id === 'link-gdap')[0]?.text, `[${c.links.gdap}](https://wiki.partner.example/gdap/en-us)`);
    assert.match(findElements(card, (e) => e.id === 'link-request-relationship')[0]?.text ?? '', /learn\.microsoft\.com/);
    // The text forms carry it too: the fallback, the cited text (Copilot) and the summary for a ticket.
    for (const text of [view.fallbackText, view.cited!.text, summaryText(outcome, G1, c, 'en-US', content)]) {
      assert.ok(text.includes('Northwind Cloud') && text.includes('1. Log the case in the onboarding tracker.') && text.includes('ext. 4410'), text);
      assert.ok(text.indexOf('Northwind Cloud') > text.indexOf(c.result.stepsHeading));
    }
  });

  it('without an overlay the card has no partner section', () => {
    const outcome = decide(G1, '2026-11');
    const card = renderCard(resultView(outcome, G1, 't.1', catalogFor('en-US'), 'en-US')) as unknown as CardJson;
    assert.equal(findElements(card, (e) => e.id === 'partner' || e.id === 'partner-name').length, 0);
  });

  it('says "review due" on the edition line, in the language of the card, in the warning colour', () => {
    const outcome = decide(G1, '2026-11');
    for (const locale of ['en-US', 'hu-HU', 'zh-CN'] as const) {
      const c = catalogFor(locale);
      const content = resultContent(contentWith(undefined, ['G1']), locale, 'G1')!;
      const card = renderCard(resultView(outcome, G1, 't.1', c, locale, { content })) as unknown as CardJson;
      const line = findElements(card, (e) => e.id === 'edition-2026-11')[0]!;
      assert.ok(String(line.text).endsWith(c.result.reviewDue), String(line.text));
      assert.equal(line.color, 'Warning');
      const fresh = renderCard(resultView(outcome, G1, 't.1', c, locale)) as unknown as CardJson;
      assert.ok(!String(findElements(fresh, (e) => e.id === 'edition-2026-11')[0]!.text).includes(c.result.reviewDue));
    }
    assert.equal(resultContent(contentWith(undefined, ['G2']), 'en-US', 'G1'), undefined, 'another row due changes nothing here');
  });

  it('keeps cards of different overlays apart in the reply cache', () => {
    const outcome = decide(G1, '2026-11');
    const other: Overlay = { languages: { 'en-US': { name: 'Contoso Partners', contact: 'Call us.' } } };
    const shown = (content: DeploymentContent): string =>
      JSON.stringify(renderReply({ kind: 'result', outcome, answers: G1, token: 't.2', ...contentOrNot(resultContent(content, 'en-US', 'G1')) }, 'en-US'));
    assert.ok(shown(contentWith(OVERLAY)).includes('Northwind Cloud'));
    assert.ok(shown({ overlay: other, overlayId: 'other', reviewDue: new Set() }).includes('Contoso Partners'));
    assert.ok(!JSON.stringify(renderReply({ kind: 'result', outcome, answers: G1, token: 't.3' }, 'en-US')).includes('partner-name'));
  });
});

function contentOrNot<T>(content: T | undefined): { content?: T } {
  return content ? { content } : {};
}
