// No card of edition 2026-11 contradicts itself (errata E6, E7 of 24 November 2026): its steps
// never require what a note on the same card rules out. Checked on the edition's data: every row
// and step variant names what its steps have the partner do (`requires`), every such note what it
// rules out (`noteRules`); every combination of answers is walked, and every language must show
// the steps of the variant the data picks. The pairs checked, written out here by hand:
// - GDAP with the US Government cloud (note usgovAdminAccess: GDAP not available there, S16, S20)
// - GDAP with subscriptions bought through an Enterprise Agreement (note eaGdap, S18)
// - GDAP with 21Vianet (note chinaGdap: to be confirmed with 21Vianet, E9)
// - this partner creating the transfer request with an indirect reseller (note
//   viaIndirectProviderAttests: the provider creates it, S10a)
import { strict as assert } from 'assert';
import { catalogFor } from '../../src/domain/textCatalog';
import { contradictionsOf, formatProblems } from '../../src/domain/contentPack';
import { contradictionProblems } from '../../src/domain/contentPack/contradictions';
import { LOCALES } from '../../src/domain/locales';
import { PolicyEdition, policyEdition } from '../../src/domain/policy';
import { decide } from '../../src/domain/rules';
import { outcomeText } from '../../src/conversation/advisor/resultView';
import { checkPackDir } from '../../src/hosting/content/readPack';
import { allCombinations } from '../support/answerCombinations';
import { packWith, removeCopies } from '../content/packCopies';

const E = '2026-11';
const PAIRS: Record<string, string[]> = {
  usgovAdminAccess: ['gdap'],
  eaGdap: ['gdap'],
  chinaGdap: ['gdap'],
  viaIndirectProviderAttests: ['ownTransferRequest'],
};

/** A copy of the edition with one row's data changed (the planted contradiction). */
function planted(change: (e: { rows: Array<Record<string, unknown>> }) => void): PolicyEdition {
  const copy = JSON.parse(JSON.stringify(policyEdition(E))) as { rows: Array<Record<string, unknown>> };
  change(copy);
  return copy as unknown as PolicyEdition;
}

describe('edition 2026-11: no card contradicts itself (E6, E7)', () => {
  after(removeCopies);

  it('rules out exactly the pairs named above', () => {
    assert.deepEqual(policyEdition(E).noteRules, PAIRS);
  });

  it('finds no contradiction in any combination of cloud, channel, service, goal and partner type', () => {
    assert.deepEqual(contradictionsOf(policyEdition(E)), []);
  });

  it('gives every row with steps of its own the tags of what they require, so no row escapes the check', () => {
    for (const row of policyEdition(E).rows) {
      if (row.noSteps || row.textOf === '2020') continue;
      assert.ok(Array.isArray(row.requires), `${row.row} names what its steps require`);
    }
  });

  it('shows, in every language, the steps the data picks: US Government and EA without a GDAP step', () => {
    for (const answers of allCombinations()) {
      const outcome = decide(answers, E);
      const english = outcomeText(catalogFor('en-US'), outcome);
      for (const locale of LOCALES) {
        const text = outcomeText(catalogFor(locale), outcome);
        assert.equal(text.steps.length, english.steps.length, `${locale} ${JSON.stringify(answers)}`);
        assert.ok(text.steps.every((s) => s.trim().length > 0));
      }
      const gdapRuledOut = outcome.notes.some((n) => (PAIRS[n] ?? []).includes('gdap'));
      if (gdapRuledOut) assert.ok(!(outcome.requires ?? []).includes('gdap'), JSON.stringify(answers));
      if (answers.cloud === 'usgov' && ['G1', 'G2', 'G3', 'G5', 'G6'].includes(outcome.row))
        assert.ok(outcome.variant, `${outcome.row} usgov has its own steps`);
      if (answers.channel === 'ea' && answers.cloud === 'global' && outcome.row === 'G1') assert.equal(outcome.variant, 'ea');
      if (answers.partnerType === 'indirectReseller' && outcome.verdict === 'transfer')
        assert.ok((outcome.requires ?? []).includes('transferViaProvider') && !(outcome.requires ?? []).includes('ownTransferRequest'));
    }
  });

  it('fails on a planted GDAP step in the US Government cloud (variant removed from G1)', () => {
    const found = contradictionsOf(planted((e) => void delete e.rows.find((r) => r.row === 'G1')!.stepVariants));
    assert.ok(found.some((c) => c.row === 'G1' && c.note === 'usgovAdminAccess' && c.tag === 'gdap' && c.answers.includes('"usgov"')));
    assert.ok(found.some((c) => c.row === 'G1' && c.note === 'eaGdap' && c.tag === 'gdap' && c.answers.includes('"ea"')));
  });

  it('fails on a planted own transfer request for an indirect reseller (G6 reseller variant requiring it)', () => {
    const found = contradictionsOf(
      planted((e) => {
        const g6 = e.rows.find((r) => r.row === 'G6')! as { stepVariants: Array<{ variant: string; requires: string[] }> };
        g6.stepVariants.find((v) => v.variant === 'reseller')!.requires = ['ownTransferRequest'];
      }),
    );
    assert.ok(found.length > 0 && found.every((c) => c.row === 'G6' && c.note === 'viaIndirectProviderAttests' && c.answers.includes('indirectReseller')));
  });

  it('gives the content check one line per row, step variant, note and tag, naming the variant', () => {
    const edition = planted((e) => {
      const g6 = e.rows.find((r) => r.row === 'G6')! as { stepVariants: Array<{ variant: string; requires: string[] }> };
      for (const v of g6.stepVariants.filter((v) => v.variant === 'reseller' || v.variant === 'usgovReseller')) v.requires = ['ownTransferRequest'];
    });
    const found = formatProblems(contradictionProblems('editions/2026-11.json', edition)).map((l) => l.replace(/, e\.g\. for .*$/, ''));
    assert.deepEqual(found.sort(), [
      'editions/2026-11.json: noteRules: row G6 (variant reseller) requires ownTransferRequest while its note viaIndirectProviderAttests rules it out',
      'editions/2026-11.json: noteRules: row G6 (variant usgovReseller) requires ownTransferRequest while its note viaIndirectProviderAttests rules it out',
    ]);
    assert.deepEqual([...new Set(contradictionsOf(edition).map((c) => c.variant))].sort(), ['reseller', 'usgovReseller']);
  });

  it('makes npm run content:check fail on a pack with the planted contradiction', () => {
    const dir = packWith('editions/2026-11.json', (e) => void delete e.rows.find((r: { row: string }) => r.row === 'G5').stepVariants);
    const found = formatProblems(checkPackDir(dir, '2026-12-01'));
    assert.ok(
      found.some((l) => l.startsWith('editions/2026-11.json: noteRules: row G5 requires gdap while its note usgovAdminAccess rules it out')),
      found.join('\n'),
    );
  });
});
