// The sample overlay (examples/overlay) as the advisor starts with it: its files for the five
// languages, each with the partner's name, contact line and G1 additions; and its section on a G1
// result in Teams (personal chat), the search extension and Microsoft 365 Copilot, titled with the
// partner's name, in the languages it covers and in none other (no English in a Russian card).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { Activity } from 'botbuilder';
import { Chat, CardJson, findElements, resultOf } from '../support/chat';
import { SAMPLE_OVERLAY, contentFrom, g1Sentence, sampleG1, sampleLanguage, sampleWithout } from '../support/sampleOverlay';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { LINK_IDS, OUTCOME_ROWS } from '../../src/domain/outcomes';
import type { DeploymentContent } from '../../src/domain/deploymentContent';

const COPILOT_ENTITY = { type: 'ProductInfo', id: 'COPILOT' };

/** The partner's section of a card: its title and everything in it as one string. */
function partnerOf(card: CardJson): { name?: string; text: string; contact?: string } {
  const section = findElements(card, (e) => e.id === 'partner')[0];
  return {
    ...(section ? { name: findElements(card, (e) => e.id === 'partner-name')[0]?.text } : {}),
    text: section ? JSON.stringify(section) : '',
    ...(section ? { contact: findElements(card, (e) => e.id === 'partner-contact')[0]?.text } : {}),
  };
}

/** A G1 result reached by one sentence in a Teams personal chat. */
async function teamsG1(content: DeploymentContent, locale: LocaleTag): Promise<CardJson> {
  const chat = new Chat({ locale, content, conversationId: `teams-${locale}` });
  await chat.say(g1Sentence(locale));
  const card = chat.lastCard();
  assert.deepEqual(resultOf(card), { verdict: 'eligible', row: 'G1' }, `${locale}: the sentence leads to G1`);
  return card;
}

describe('the sample overlay (examples/overlay)', () => {
  it('has a file for each of the five languages, each with the name, a contact line and the G1 additions', () => {
    const files = fs.readdirSync(SAMPLE_OVERLAY).filter((f) => f.endsWith('.json'));
    assert.deepEqual(files.sort(), ['overlay.json', ...LOCALES.map((l) => `${l}.json`)].sort());
    const shared = JSON.parse(fs.readFileSync(`${SAMPLE_OVERLAY}/overlay.json`, 'utf8')) as { linkUrls: Record<string, string> };
    for (const [id, url] of Object.entries(shared.linkUrls)) {
      assert.ok((LINK_IDS as readonly string[]).includes(id), id);
      assert.match(url, /^https:\/\/[a-z.]+\.example\//);
    }
    for (const locale of LOCALES) {
      const language = sampleLanguage(locale);
      assert.equal(language.name, 'Tailspin Cloud Services', locale);
      assert.match(language.contact ?? '', /licensing@tailspin\.example.*4410/, locale);
      const g1 = language.rows?.G1;
      assert.equal(g1?.steps?.length, 2, `${locale}: two G1 steps`);
      assert.equal(g1?.notes?.length, 1, `${locale}: one G1 note`);
      assert.equal(g1?.links?.length, 1, `${locale}: one G1 link`);
      assert.deepEqual(Object.keys(language.rows ?? {}).sort(), ['G1', 'G2', 'G4', 'G6']);
      for (const row of Object.keys(language.rows ?? {})) assert.ok((OUTCOME_ROWS as readonly string[]).includes(row));
      for (const link of Object.values(language.rows ?? {}).flatMap((r) => r.links ?? []))
        assert.match(link.url, new RegExp(`^https://wiki\\.tailspin\\.example/.*lang=${locale}$`), `${locale}: ${link.url}`);
    }
    // The same texts in every language: each language's own, not English copied.
    for (const locale of LOCALES.filter((l) => l !== 'en-US'))
      assert.notEqual(sampleLanguage(locale).rows!.G1!.steps![0], sampleLanguage('en-US').rows!.G1!.steps![0], locale);
  });

  it('loads as the app loads it: every language, and the gdap link pointed at the mirror', () => {
    const content = contentFrom(SAMPLE_OVERLAY);
    assert.deepEqual(Object.keys(content.overlay!.languages).sort(), [...LOCALES].sort());
    assert.equal(content.overlay!.linkUrls?.gdap, 'https://wiki.tailspin.example/mirror/gdap?lang={locale}');
  });
});

describe('the sample overlay on a G1 result in Teams, the search extension and Copilot', () => {
  let content: DeploymentContent;
  let withoutRussian: { dir: string; remove(): void };
  let contentWithoutRussian: DeploymentContent;

  before(() => {
    content = contentFrom(SAMPLE_OVERLAY);
    withoutRussian = sampleWithout('ru-RU');
    contentWithoutRussian = contentFrom(withoutRussian.dir);
  });
  after(() => withoutRussian?.remove());

  for (const locale of ['en-US', 'hu-HU'] as const) {
    it(`Teams personal chat, ${locale}: the section titled with the partner's name, after Microsoft's steps`, async () => {
      const card = await teamsG1(content, locale);
      const expected = sampleG1(locale);
      const partner = partnerOf(card);
      assert.equal(partner.name, expected.name);
      assert.ok(partner.text.includes(expected.step), `${locale}: the first G1 step in the section`);
      assert.equal(partner.contact, expected.contact);
      const body = card.body ?? [];
      const partnerAt = body.findIndex((e) => e.id === 'partner');
      const lastStep = body.map((e) => e.type).lastIndexOf('ColumnSet');
      const lastNote = body.map((e) => (e.id ?? '').startsWith('note-')).lastIndexOf(true);
      assert.ok(lastStep > 0 && lastNote > lastStep && partnerAt > lastNote, "after Microsoft's steps and notes");
      assert.match(JSON.stringify(card), /https:\/\/wiki\.tailspin\.example\/mirror\/gdap\?lang=/, 'the GDAP link goes to the mirror');
    });
  }

  it('Teams personal chat, ru-RU with an overlay that lacks Russian: no partner section, no English', async () => {
    const card = await teamsG1(contentWithoutRussian, 'ru-RU');
    assert.equal(findElements(card, (e) => (e.id ?? '').startsWith('partner')).length, 0);
    const english = sampleG1('en-US');
    assert.ok(!JSON.stringify(card).includes(english.step) && !JSON.stringify(card).includes(english.contact));
    // The same overlay still shows the section in the languages it has.
    assert.equal(partnerOf(await teamsG1(contentWithoutRussian, 'hu-HU')).name, sampleG1('hu-HU').name);
  });

  it('the search extension: the G1 item carries the section', async () => {
    for (const locale of ['en-US', 'hu-HU'] as const) {
      const chat = new Chat({ locale, content, conversationType: 'groupChat' });
      const replies: Partial<Activity>[] = await chat.turn({
        type: 'invoke',
        name: 'composeExtension/query',
        value: { commandId: 'situation', parameters: [{ name: 'situation', value: g1Sentence(locale) }], queryOptions: { skip: 0, count: 25 } },
      });
      const body = replies.find((r) => r.type === 'invokeResponse')?.value as { body: { composeExtension: { attachments: { content: CardJson }[] } } };
      const items = body.body.composeExtension.attachments;
      assert.equal(items.length, 1);
      assert.deepEqual(resultOf(items[0]!.content), { verdict: 'eligible', row: 'G1' });
      const partner = partnerOf(items[0]!.content);
      assert.equal(partner.name, sampleG1(locale).name);
      assert.ok(partner.text.includes(sampleG1(locale).step), locale);
    }
  });

  it("Copilot: the verdict's text carries the section, after Microsoft's steps", async () => {
    for (const locale of ['en-US', 'hu-HU'] as const) {
      const chat = new Chat({ locale, content, conversationId: `copilot-${locale}` });
      const replies = await chat.say(g1Sentence(locale), { entities: [COPILOT_ENTITY] });
      const verdict = replies.find((r) => typeof r.text === 'string' && r.text.includes(sampleG1(locale).name));
      assert.ok(verdict, `${locale}: a reply whose text names the partner: ${replies.map((r) => r.text).join(' | ')}`);
      const text = verdict.text!;
      const expected = sampleG1(locale);
      assert.ok(text.includes(`1. ${expected.step}`), `${locale}: the partner's first step, numbered`);
      assert.ok(text.includes(expected.contact), `${locale}: the contact line`);
      assert.ok(text.indexOf(expected.name) > text.indexOf('\n2. '), "after Microsoft's steps");
    }
    const russian = new Chat({ locale: 'ru-RU', content: contentWithoutRussian, conversationId: 'copilot-ru' });
    const replies = await russian.say(g1Sentence('ru-RU'), { entities: [COPILOT_ENTITY] });
    assert.ok(
      replies.some((r) => resultOf(cardOrEmpty(r)).row === 'G1'),
      'a G1 result',
    );
    assert.ok(!replies.some((r) => String(r.text ?? '').includes('Tailspin')), 'no partner section in Russian');
  });
});

function cardOrEmpty(activity: Partial<Activity>): CardJson {
  const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return (attachment?.content as CardJson | undefined) ?? { type: 'AdaptiveCard' };
}
