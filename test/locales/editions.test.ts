// The content of every edition in every language: each row's words exist, every result names its
// edition and review date and lists its sources, and edition 2026-11 says what today's policy
// says (GDAP, Admin agent, the 21Vianet and US Government caveats), in all five languages.
import { strict as assert } from 'assert';
import { availableLocales, catalogFor, formatDate } from '../../src/domain/textCatalog';
import { EDITIONS } from '../../src/domain/editions';
import { policyEdition } from '../../src/domain/policy';
import { decide } from '../../src/domain/rules';
import { outcomeText, resultView, summaryText } from '../../src/conversation/advisor/resultView';
import { renderCard } from '../../src/conversation/cards/cards';
import { allCombinations } from '../support/answerCombinations';
import { findElements, CardJson } from '../support/chat';

/** How each language writes the Admin agent role (Partner Center's localized role name). */
const ADMIN_AGENT: Record<string, RegExp> = {
  'en-US': /Admin agent/,
  'ru-RU': /агент[а-я]* администратора|администратор[а-я]* агент/i,
  'zh-CN': /管理员代理/,
  'pt-BR': /[Aa]gente administrativo|[Aa]gente administrador/,
  'hu-HU': /[Rr]endszergazdai ügynök|[Aa]dminisztrátori ügynök|[Rr]endszergazda[- ]ügynök/,
};

// The review date each row must show, from the SPEC's literals: edition 2026-11 was reviewed on
// 2026-11-23, and a row an erratum of 2026-11-24 corrected carries the erratum's date (the rows as
// the errata list names them: reference/policy-errata-2026-11-24.md, SPEC "Edition 2026-11").
// Edition 2020: its G rows are Microsoft's multi-channel page of 2020 (S3, 2020-06-17).
const EDITION_2026_11_REVIEWED = '2026-11-23';
const ERRATA_2026_11_24: Record<string, readonly string[]> = {
  E1: ['G6'],
  E2: ['G6'],
  E3: ['G4'],
  E4: ['G3'],
  E5: ['G1', 'G5', 'G6'],
  E6: ['G1', 'G2', 'G3', 'G5', 'G6'],
  E7: ['G1'],
  E8: ['G4', 'G6'],
  E9: ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'],
  E10: ['G2'],
  E11: ['G7'],
  E12: ['G5'],
};
const EN_US_DATES: Record<string, string> = { '2026-11-23': 'November\u00a023,\u00a02026', '2026-11-24': 'November\u00a024,\u00a02026' };

function reviewedPerSpec(edition: string, row: string): string {
  if (edition === '2026-11') return Object.values(ERRATA_2026_11_24).some((rows) => rows.includes(row)) ? '2026-11-24' : EDITION_2026_11_REVIEWED;
  // The 2020 G rows: the 2020 page (S3). The C rows have no date in the SPEC: the data's own is kept.
  if (row.startsWith('G')) return '2020-06-17';
  return policyEdition('2020').rows.find((r) => r.row === row)!.reviewed;
}

describe('editions in every language', () => {
  const combos = allCombinations();

  for (const locale of availableLocales()) {
    describe(locale, () => {
      const c = catalogFor(locale);

      it('has the summary and steps of every row of every edition', () => {
        for (const edition of EDITIONS)
          for (const rule of policyEdition(edition).rows) {
            const text = outcomeText(c, { row: rule.row, textOf: rule.textOf ?? edition });
            assert.ok(text.summary.trim() !== '' && text.steps.length > 0, `${edition} ${rule.row}`);
          }
      });

      it("issue 67 finding 3: names the edition and its row's review date (the SPEC's, not the data's) on every result card, in the text forms too, and lists the sources", () => {
        for (const a of combos) {
          for (const edition of EDITIONS) {
            const outcome = decide(a, edition);
            const view = resultView(outcome, a, 't.1', c, locale);
            const reviewed = reviewedPerSpec(edition, outcome.row);
            const line = view.data.edition as string;
            assert.ok(line.includes(formatDate(reviewed, locale)), `${edition} ${outcome.row}: ${line}`);
            if (locale === 'en-US' && edition === '2026-11') assert.equal(line, `Microsoft policy as reviewed on ${EN_US_DATES[reviewed]}`);
            if (edition === '2020') assert.ok(line.includes('2020'), line);
            const card = renderCard(view) as unknown as CardJson;
            const shown = findElements(card, (e) => e.id === `edition-${edition}`)[0];
            assert.equal(shown?.text, line);
            for (const id of outcome.links) assert.ok(findElements(card, (e) => e.id === `link-${id}`).length === 1, `${edition} link ${id}`);
            assert.ok(view.fallbackText.includes(line) && view.fallbackText.includes(c.result.linksHeading));
            assert.ok(view.cited!.text.includes(line) && view.cited!.sources.length === outcome.links.length);
            assert.ok(summaryText(outcome, a, c, locale).includes(line));
          }
        }
      });

      it('edition 2026-11: GDAP in G1, the Admin agent in the roles line, and the caveats for 21Vianet and US Government transfers', () => {
        assert.match(outcomeText(c, { row: 'G1', textOf: '2026-11' }).steps.join(' '), /GDAP/);
        assert.match(c.notes.rolesAdminAgent.text, ADMIN_AGENT[locale]!);
        for (const a of combos) {
          const o = decide(a, '2026-11');
          if (a.cloud === 'china') assert.ok(o.notes.includes('chinaUnverified'));
          if (a.cloud === 'usgov' && o.verdict === 'transfer') assert.ok(o.notes.includes('usgovTransfer'));
        }
        assert.match(c.notes.chinaUnverified.text, /2016/);
        // The verdict has a label of its own.
        assert.equal(new Set(Object.values(c.verdicts)).size, Object.keys(c.verdicts).length);
      });
    });
  }

  it('no Partner Center result of edition 2026-11 says a reseller relationship brings delegated admin privileges', () => {
    const c = catalogFor('en-US');
    for (const a of combos.filter((x) => x.cloud !== 'china')) {
      const o = decide(a, '2026-11');
      const text = [outcomeText(c, o).summary, ...outcomeText(c, o).steps, ...o.notes.map((n) => c.notes[n].text)].join('\n');
      assert.doesNotMatch(text, /delegated admin(istrative)? privileges(?! \(GDAP\))/i, JSON.stringify(a));
      assert.doesNotMatch(text, /\bDAP\b/);
      assert.doesNotMatch(text, /Global admin, User admin/);
    }
  });

  it('keeps the dated notes of 2020 in that edition only', () => {
    for (const a of combos) {
      const notes = decide(a, '2026-11').notes;
      for (const dated of ['gdapSince2023', 'gdapUsgov', 'newCommerceTransfer'] as const) assert.ok(!notes.includes(dated), `${dated} ${JSON.stringify(a)}`);
    }
  });
});
