// Which result offers which action, decided by the server from the conversation's own result
// (edition, cloud, row, partner type, channel), as tables over every row of both editions and every
// combination of answers, checked against the rows' own content (links and goals) so a later
// review that changes a row is noticed here. Sources: errata E6 (Partner Center documents GDAP as
// not available for US Government: learn.microsoft.com/partner-center/customers/multipartner), E7
// (GDAP doesn't cover EA subscriptions), E9 (21Vianet), SPEC G4/G6 (an indirect reseller's provider
// creates transfers).
import { strict as assert } from 'assert';
import edition2026 from '../../content/editions/2026-11.json';
import edition2020 from '../../content/editions/2020.json';
import { ActionKind, actionAvailability, actionsFor } from '../../src/domain/actions';
import type { NoteId, OutcomeRow, Verdict } from '../../src/domain/outcomes';
import type { EditionId } from '../../src/domain/editions';
import { decide } from '../../src/domain/rules';
import { allCombinations } from '../support/answerCombinations';

interface Row {
  row: string;
  verdict: string;
  goals?: string[];
  links: (string | { link: string })[];
}

/** A direct partner in the commercial cloud: what each row's steps offer. */
const EXPECTED_2026: Record<OutcomeRow, ActionKind[]> = {
  G1: ['invitationLink', 'requestGdap'],
  G2: ['invitationLink'],
  G3: ['invitationLink'],
  G4: ['invitationLink', 'startTransfer'],
  G5: ['invitationLink', 'requestGdap'],
  G6: ['invitationLink', 'startTransfer'],
  G7: [],
  C1: [],
  C2: [],
  C3: [],
  C4: [],
  C5: [],
  C6: [],
};

const DIRECT = { cloud: 'global', partnerType: 'direct' } as const;
const outcome = (edition: EditionId, r: Row, notes: NoteId[] = []) => ({ edition, row: r.row as OutcomeRow, verdict: r.verdict as Verdict, notes });
const linksOf = (r: Row): string[] => r.links.map((l) => (typeof l === 'string' ? l : l.link));

describe('actions for a result', () => {
  const rows2026 = edition2026.rows as Row[];

  for (const r of rows2026) {
    it(`2026-11 ${r.row} (${r.verdict}) offers a direct partner ${EXPECTED_2026[r.row as OutcomeRow].join(', ') || 'nothing'}`, () => {
      assert.deepEqual(actionsFor(outcome('2026-11', r), DIRECT), EXPECTED_2026[r.row as OutcomeRow]);
    });
  }

  it('covers every row of edition 2026-11', () => {
    assert.deepEqual(rows2026.map((r) => r.row).sort(), Object.keys(EXPECTED_2026).sort());
  });

  it('offers nothing in edition 2020 (before GDAP and partner transfers), and says so', () => {
    const offered = (edition2020.rows as Row[]).filter((r) => actionsFor(outcome('2020', r), DIRECT).length > 0).map((r) => r.row);
    assert.deepEqual(offered, []);
    assert.equal(actionAvailability(outcome('2020', { row: 'G1', verdict: 'eligible', links: [] }), DIRECT, 'invitationLink'), 'edition');
  });

  it('offers the transfer exactly for the transfer verdicts, and not when a row stops being one', () => {
    for (const r of rows2026) assert.equal(actionsFor(outcome('2026-11', r), DIRECT).includes('startTransfer'), r.verdict === 'transfer', r.row);
    assert.deepEqual(actionsFor({ edition: '2026-11', row: 'G4', verdict: 'notYet', notes: [] }, DIRECT), ['invitationLink']);
  });

  it('offers GDAP exactly for the support rows that link to the GDAP page', () => {
    for (const r of rows2026) {
      const support = (r.goals ?? []).includes('support') && linksOf(r).includes('gdap');
      assert.equal(actionsFor(outcome('2026-11', r), DIRECT).includes('requestGdap'), support, r.row);
    }
  });

  it('offers the invitation link only where the row links to requesting a relationship or is a transfer (whose customer accepts it first)', () => {
    for (const r of rows2026) {
      if (actionsFor(outcome('2026-11', r), DIRECT).includes('invitationLink'))
        assert.ok(linksOf(r).includes('request-relationship') || r.verdict === 'transfer', r.row);
    }
  });

  it('offers nothing for 21Vianet, whatever the row', () => {
    for (const r of rows2026) assert.deepEqual(actionsFor(outcome('2026-11', r), { cloud: 'china', partnerType: 'direct' }), [], r.row);
    assert.equal(actionAvailability(outcome('2026-11', { row: 'C1', verdict: 'eligible', links: [] }), { cloud: 'china' }, 'requestGdap'), 'china');
  });

  it('US Government: no GDAP (Partner Center documents it as not available there), the invitation link stays', () => {
    const g1 = outcome('2026-11', { row: 'G1', verdict: 'eligible', links: [] });
    assert.deepEqual(actionsFor(g1, { cloud: 'usgov', partnerType: 'direct' }), ['invitationLink']);
    assert.equal(actionAvailability(g1, { cloud: 'usgov', partnerType: 'direct' }, 'requestGdap'), 'gdapUsgov');
  });

  it("no GDAP where the row's note rules it out (Enterprise Agreement)", () => {
    const g1ea = outcome('2026-11', { row: 'G1', verdict: 'eligible', links: [] }, ['eaGdap']);
    assert.equal(actionAvailability(g1ea, DIRECT, 'requestGdap'), 'gdapEa');
    assert.deepEqual(actionsFor(g1ea, DIRECT), ['invitationLink']);
  });

  it('indirect resellers get no transfer (their provider creates it); indirect providers do', () => {
    const g6 = outcome('2026-11', { row: 'G6', verdict: 'transfer', links: [] });
    assert.equal(actionAvailability(g6, { cloud: 'global', partnerType: 'indirectReseller' }, 'startTransfer'), 'transferViaProvider');
    assert.deepEqual(actionsFor(g6, { cloud: 'global', partnerType: 'indirectReseller' }), ['invitationLink']);
    assert.deepEqual(actionsFor(g6, { cloud: 'global', partnerType: 'indirectProvider' }), ['invitationLink', 'startTransfer']);
  });

  it('every combination of answers, as the advisor decides it: the rules above, and nothing else', () => {
    let checked = 0;
    for (const answers of allCombinations()) {
      const decided = decide(answers, '2026-11');
      const expected = EXPECTED_2026[decided.row].filter((kind) => {
        if (answers.cloud === 'china') return false;
        if (kind === 'requestGdap') return answers.cloud === 'global' && answers.channel !== 'ea';
        if (kind === 'startTransfer') return answers.partnerType !== 'indirectReseller';
        return true;
      });
      assert.deepEqual(actionsFor(decided, answers), expected, JSON.stringify(answers));
      checked++;
    }
    assert.ok(checked > 50, `${checked} combinations`);
  });
});
