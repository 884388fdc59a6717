// The decision table of edition 2020 (the seeds), checked exhaustively against an independent
// transcription of the SPEC. Edition 2026-11 has its own: rules2026.test.ts.
import { strict as assert } from 'assert';
import * as rules from '../../src/domain/rules';
import { Answers, CompleteAnswers } from '../../src/domain/questions';
import { allCombinations } from '../support/answerCombinations';

const decide = (a: CompleteAnswers): ReturnType<typeof rules.decide> => rules.decide(a, '2020');
const matchingRows = (a: Answers): ReturnType<typeof rules.matchingRows> => rules.matchingRows(a, '2020');
const settledOutcome = (a: Answers): ReturnType<typeof rules.settledOutcome> => rules.settledOutcome(a, '2020');
const questionToAsk = (a: Answers): ReturnType<typeof rules.questionToAsk> => rules.questionToAsk(a, '2020');

// ---- The SPEC's tables, written out by hand from SPEC.md (not derived from the code) ----
const SPEC_ELSEWHERE = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];

function specRow(a: CompleteAnswers): { row: string; verdict: string; links: string[] } {
  if (a.cloud !== 'china') {
    if (SPEC_ELSEWHERE.includes(a.channel)) {
      if (a.service === 'usage') return { row: 'G3', verdict: 'eligible', links: ['request-relationship', 'multichannel'] };
      return a.goal === 'support'
        ? { row: 'G1', verdict: 'eligible', links: ['request-relationship', 'multichannel'] }
        : { row: 'G2', verdict: 'notYet', links: ['request-relationship', 'multichannel'] };
    }
    if (a.channel === 'otherCsp') {
      if (a.service === 'usage') return { row: 'G4', verdict: 'eligible', links: ['switch-azure', 'request-relationship'] };
      return a.goal === 'support'
        ? { row: 'G5', verdict: 'notCovered', links: ['multipartner', 'request-relationship', 'work-with-partners'] }
        : { row: 'G6', verdict: 'notYet', links: ['multipartner', 'work-with-partners'] };
    }
    assert.equal(a.channel, 'syndication');
    return { row: 'G7', verdict: 'notEligible', links: ['work-with-partners', 'multichannel'] };
  }
  if (a.channel === 'other') return { row: 'C5', verdict: 'notCovered', links: ['cn-multipartner', 'cn-work-with-partners'] };
  if (a.service === 'usage') return { row: 'C6', verdict: 'notCovered', links: ['cn-multichannel'] };
  if (a.goal === 'move') return { row: 'C4', verdict: 'notEligible', links: ['cn-request-relationship'] };
  if (a.partnerType === 'direct') return { row: 'C1', verdict: 'eligible', links: ['cn-request-relationship', 'cn-multichannel'] };
  if (a.partnerType === 'indirectProvider') return { row: 'C2', verdict: 'eligible', links: ['cn-request-relationship', 'cn-multichannel'] };
  return { row: 'C3', verdict: 'eligible', links: ['cn-multichannel', 'cn-request-relationship'] };
}

describe('decision table, edition 2020 (SPEC G1–G7, C1–C6)', () => {
  const combos = allCombinations();

  it('covers every combination: 3 partner types × (7 channels × 3 service/goal paths × 2 clouds + 3 channels × 3 for 21Vianet)', () => {
    assert.equal(combos.length, 3 * (7 * 3 * 2 + 3 * 3));
  });

  it('matches exactly one row for every combination', () => {
    for (const a of combos) assert.equal(matchingRows(a).length, 1, JSON.stringify(a));
  });

  it('gives the SPEC row, verdict and row links for every combination', () => {
    for (const a of combos) {
      const expected = specRow(a);
      const outcome = decide(a);
      assert.equal(outcome.row, expected.row, JSON.stringify(a));
      assert.equal(outcome.verdict, expected.verdict, JSON.stringify(a));
      assert.deepEqual(outcome.links.slice(0, expected.links.length), expected.links, JSON.stringify(a));
    }
  });

  it('reaches all thirteen rows', () => {
    const rows = new Set(combos.map((a) => decide(a).row));
    assert.deepEqual([...rows].sort(), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']);
  });

  it('adds the Important, roles and partner-type notes and links to every commercial result', () => {
    for (const a of combos.filter((c) => c.cloud !== 'china')) {
      const o = decide(a);
      // G7 has no steps to do: no notes about who does them or how a partner type changes them.
      const steps = a.channel !== 'syndication';
      assert.ok(o.notes.includes('noResaleToCsp'), JSON.stringify(a));
      assert.equal(o.notes.includes('roles'), steps, JSON.stringify(a));
      assert.equal(o.links.includes('indirect-reseller'), a.partnerType === 'indirectReseller', JSON.stringify(a));
      assert.equal(o.links.includes('indirect-provider'), a.partnerType === 'indirectProvider', JSON.stringify(a));
      assert.equal(o.notes.includes('viaIndirectProvider'), steps && a.partnerType === 'indirectReseller');
      assert.equal(o.notes.includes('forIndirectProvider'), steps && a.partnerType === 'indirectProvider');
      assert.equal(o.notes.includes('usgovInvitation'), a.cloud === 'usgov');
      assert.ok(!o.notes.includes('chinaSingleAdminPartner'));
      assert.ok(
        o.links.every((l) => !l.startsWith('cn-')),
        'no 21Vianet links on commercial results',
      );
    }
  });

  it('adds the one-partner-per-service note to every 21Vianet result and no commercial links', () => {
    for (const a of combos.filter((c) => c.cloud === 'china')) {
      const o = decide(a);
      assert.deepEqual(o.notes, ['chinaSingleAdminPartner'], JSON.stringify(a));
      assert.ok(
        o.links.every((l) => l.startsWith('cn-')),
        JSON.stringify(a),
      );
    }
  });

  it('dates the GDAP change where a reseller relationship is part of the steps, and says US Government has no GDAP', () => {
    const g1 = decide({ cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' });
    assert.ok(g1.notes.includes('gdapSince2023') && !g1.notes.includes('gdapUsgov'));
    const g1gov = decide({ cloud: 'usgov', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' });
    assert.ok(g1gov.notes.includes('gdapUsgov') && !g1gov.notes.includes('gdapSince2023'));
    const g7 = decide({ cloud: 'global', channel: 'syndication', service: 'usage', partnerType: 'direct' });
    assert.ok(!g7.notes.includes('gdapSince2023'));
    // G6 asks the customer to accept a reseller relationship too.
    const g6 = decide({ cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' });
    assert.ok(g6.notes.includes('gdapSince2023'));
    const g6gov = decide({ cloud: 'usgov', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' });
    assert.ok(g6gov.notes.includes('gdapUsgov') && !g6gov.notes.includes('gdapSince2023'));
  });

  it('notes the newer CSP-to-CSP transfer guidance on G6 only', () => {
    for (const a of combos) assert.equal(decide(a).notes.includes('newCommerceTransfer'), decide(a).row === 'G6', JSON.stringify(a));
  });

  it('refuses incomplete or inconsistent answers instead of guessing', () => {
    assert.throws(() => decide({ cloud: 'china', channel: 'ea', service: 'usage', partnerType: 'direct' } as CompleteAnswers));
  });

  it('says which table matched how many rows when answers fit no row, not a crash further on', () => {
    // An Enterprise Agreement is no channel of Partner Center operated by 21Vianet (SPEC C1-C6):
    // no row matches, and the guard names the table and the count before anything reads a row.
    const unfit = { cloud: 'china', channel: 'ea', service: 'usage', partnerType: 'direct' } as CompleteAnswers;
    assert.throws(
      () => decide(unfit),
      (error: unknown) => error instanceof Error && !(error instanceof TypeError) && /^Decision table 2020 matched 0 rows for \{/.test(error.message),
    );
  });

  it('settles every complete combination as decide does', () => {
    for (const a of combos) assert.deepEqual(settledOutcome(a), decide(a), JSON.stringify(a));
  });

  it('stops asking once the open questions cannot change the outcome (SPEC: ask only what the answer depends on)', () => {
    // 21Vianet and "somewhere else" is C5 whatever the service, goal or role.
    assert.equal(settledOutcome({ cloud: 'china', channel: 'other' })?.row, 'C5');
    assert.equal(questionToAsk({ cloud: 'china', channel: 'other' }), undefined);
    // A move of 21Vianet subscriptions (C4) and 21Vianet Azure (C6) do not depend on the role.
    assert.equal(settledOutcome({ cloud: 'china', channel: 'vianet', service: 'license', goal: 'move' })?.row, 'C4');
    assert.equal(settledOutcome({ cloud: 'china', channel: 'formerAdvisor', service: 'usage' })?.row, 'C6');
    // Where the role changes the notes or links (every commercial result, 21Vianet support), it is asked.
    assert.equal(settledOutcome({ cloud: 'global', channel: 'syndication', service: 'usage' }), undefined);
    assert.equal(questionToAsk({ cloud: 'global', channel: 'syndication', service: 'usage' }), 'partnerType');
    assert.equal(questionToAsk({ cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }), 'partnerType');
    assert.equal(questionToAsk({ cloud: 'china' }), 'channel');
    assert.equal(settledOutcome({}), undefined);
  });

  it('settles a partial answer only where every completion agrees, checked against all of them', () => {
    const partials: Answers[] = [];
    for (const a of combos) {
      partials.push({ cloud: a.cloud }, { cloud: a.cloud, channel: a.channel }, { cloud: a.cloud, channel: a.channel, service: a.service });
    }
    for (const p of partials) {
      const fits = combos.filter(
        (a) => a.cloud === p.cloud && (p.channel === undefined || a.channel === p.channel) && (p.service === undefined || a.service === p.service),
      );
      const outcomes = new Set(fits.map((a) => JSON.stringify(decide(a))));
      const settled = settledOutcome(p);
      assert.equal(settled !== undefined, outcomes.size === 1, JSON.stringify(p));
      if (settled) assert.equal(JSON.stringify(settled), [...outcomes][0]);
    }
  });
});
