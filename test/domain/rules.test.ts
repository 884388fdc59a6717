// The decision table, checked exhaustively against an independent transcription of the SPEC.
import { strict as assert } from 'assert';
import { decide, matchingRows } from '../../src/domain/rules';
import { CompleteAnswers } from '../../src/domain/questions';
import { allCombinations } from '../support/answerCombinations';

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

describe('decision table (SPEC G1–G7, C1–C6)', () => {
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
      assert.ok(o.notes.includes('noResaleToCsp') && o.notes.includes('roles'), JSON.stringify(a));
      assert.equal(o.links.includes('indirect-reseller'), a.partnerType === 'indirectReseller', JSON.stringify(a));
      assert.equal(o.links.includes('indirect-provider'), a.partnerType === 'indirectProvider', JSON.stringify(a));
      assert.equal(o.notes.includes('viaIndirectProvider'), a.partnerType === 'indirectReseller');
      assert.equal(o.notes.includes('usgovInvitation'), a.cloud === 'usgov');
      assert.ok(!o.notes.includes('chinaSingleAdminPartner'));
      assert.ok(o.links.every((l) => !l.startsWith('cn-')), 'no 21Vianet links on commercial results');
    }
  });

  it('adds the one-partner-per-service note to every 21Vianet result and no commercial links', () => {
    for (const a of combos.filter((c) => c.cloud === 'china')) {
      const o = decide(a);
      assert.deepEqual(o.notes, ['chinaSingleAdminPartner'], JSON.stringify(a));
      assert.ok(o.links.every((l) => l.startsWith('cn-')), JSON.stringify(a));
    }
  });

  it('dates the GDAP change where a reseller relationship is part of the steps, and says US Government has no GDAP', () => {
    const g1 = decide({ cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' });
    assert.ok(g1.notes.includes('gdapSince2023') && !g1.notes.includes('gdapUsgov'));
    const g1gov = decide({ cloud: 'usgov', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' });
    assert.ok(g1gov.notes.includes('gdapUsgov') && !g1gov.notes.includes('gdapSince2023'));
    const g7 = decide({ cloud: 'global', channel: 'syndication', service: 'usage', partnerType: 'direct' });
    assert.ok(!g7.notes.includes('gdapSince2023'));
  });

  it('notes the newer CSP-to-CSP transfer guidance on G6 only', () => {
    for (const a of combos) assert.equal(decide(a).notes.includes('newCommerceTransfer'), decide(a).row === 'G6', JSON.stringify(a));
  });

  it('refuses incomplete or inconsistent answers instead of guessing', () => {
    assert.throws(() => decide({ cloud: 'china', channel: 'ea', service: 'usage', partnerType: 'direct' } as CompleteAnswers));
  });
});
