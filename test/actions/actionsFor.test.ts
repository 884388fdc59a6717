// Which verdict offers which action, as a table over every row of both editions, checked against
// the rows' own content (links and goals) so a later review that changes a row is noticed here.
import { strict as assert } from 'assert';
import edition2026 from '../../content/editions/2026-11.json';
import edition2020 from '../../content/editions/2020.json';
import { ActionKind, actionsFor } from '../../src/domain/actions';
import type { OutcomeRow, Verdict } from '../../src/domain/outcomes';
import type { EditionId } from '../../src/domain/editions';

interface Row {
  row: string;
  verdict: string;
  goals?: string[];
  links: (string | { link: string })[];
}

const EXPECTED_2026: Record<OutcomeRow, ActionKind[]> = {
  G1: ['invitationLink', 'requestGdap'],
  G2: ['invitationLink'],
  G3: ['invitationLink'],
  G4: ['startTransfer'],
  G5: ['invitationLink', 'requestGdap'],
  G6: ['startTransfer'],
  G7: [],
  C1: [],
  C2: [],
  C3: [],
  C4: [],
  C5: [],
  C6: [],
};

const outcome = (edition: EditionId, r: Row) => ({ edition, row: r.row as OutcomeRow, verdict: r.verdict as Verdict });
const linksOf = (r: Row): string[] => r.links.map((l) => (typeof l === 'string' ? l : l.link));

describe('actions for a verdict', () => {
  const rows2026 = edition2026.rows as Row[];

  for (const r of rows2026) {
    it(`2026-11 ${r.row} (${r.verdict}) offers ${EXPECTED_2026[r.row as OutcomeRow].join(', ') || 'nothing'}`, () => {
      assert.deepEqual(actionsFor(outcome('2026-11', r)), EXPECTED_2026[r.row as OutcomeRow]);
    });
  }

  it('covers every row of edition 2026-11', () => {
    assert.deepEqual(rows2026.map((r) => r.row).sort(), Object.keys(EXPECTED_2026).sort());
  });

  it('offers nothing in edition 2020 (before GDAP and partner transfers)', () => {
    const offered = (edition2020.rows as Row[]).filter((r) => actionsFor(outcome('2020', r)).length > 0).map((r) => r.row);
    assert.deepEqual(offered, []);
  });

  it('offers the transfer exactly for the transfer verdicts, and not when a row stops being one', () => {
    for (const r of rows2026) assert.equal(actionsFor(outcome('2026-11', r)).includes('startTransfer'), r.verdict === 'transfer', r.row);
    assert.deepEqual(actionsFor({ edition: '2026-11', row: 'G4', verdict: 'notYet' }), []);
  });

  it('offers GDAP exactly for the support rows that link to the GDAP page', () => {
    for (const r of rows2026) {
      const support = (r.goals ?? []).includes('support') && linksOf(r).includes('gdap');
      assert.equal(actionsFor(outcome('2026-11', r)).includes('requestGdap'), support, r.row);
    }
  });

  it('offers the invitation link only where the row links to requesting a relationship', () => {
    for (const r of rows2026) if (actionsFor(outcome('2026-11', r)).includes('invitationLink')) assert.ok(linksOf(r).includes('request-relationship'), r.row);
  });

  it('offers nothing for 21Vianet', () => {
    for (const r of rows2026.filter((row) => row.row.startsWith('C'))) assert.deepEqual(actionsFor(outcome('2026-11', r)), [], r.row);
  });
});
