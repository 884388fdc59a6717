// What a thumbs up or down changes in the `advisor.feedback` counts, straight through the dialog
// store's verdict list (dialogs/verdictMessages.ts): once per person and verdict message, a
// changed reaction replacing the earlier one, and nothing for a message that is no verdict of the
// conversation. The exported metric itself: telemetry/feedback.test.ts.
import { strict as assert } from 'assert';
import { REACTIONS_KEPT, ReactionCount, VerdictMessage, react } from '../../src/conversation/advisor/verdictReactions';

function storeWith(...verdicts: VerdictMessage[]): { verdicts: VerdictMessage[] } {
  return { verdicts };
}

/** The counts a series of reactions adds up to, per row and reaction, as the bot records them. */
function tally(counts: ReactionCount[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const c of counts) {
    if (!c.counted) continue;
    if (c.replaces) totals[`${c.row} ${c.replaces}`] = (totals[`${c.row} ${c.replaces}`] ?? 0) - 1;
    totals[`${c.row} ${c.reaction}`] = (totals[`${c.row} ${c.reaction}`] ?? 0) + 1;
  }
  return totals;
}

describe('feedback counts (one per person and verdict message)', () => {
  it('counts 50 likes by one person on one verdict once', () => {
    const store = storeWith({ id: 'verdict-1', row: 'G1' });
    const counts = Array.from({ length: 50 }, () => react(store, 'verdict-1', '29:alex', 'like'));
    assert.deepEqual(tally(counts), { 'G1 like': 1 });
    assert.deepEqual(
      counts.slice(1).map((c) => c.counted),
      Array<boolean>(49).fill(false),
    );
  });

  it('lets a later reaction replace the earlier one: like then dislike counts one dislike', () => {
    const store = storeWith({ id: 'verdict-1', row: 'G4' });
    const counts = [react(store, 'verdict-1', '29:alex', 'like'), react(store, 'verdict-1', '29:alex', 'dislike')];
    assert.deepEqual(tally(counts), { 'G4 like': 0, 'G4 dislike': 1 });
  });

  it('counts each person, and each verdict, on its own', () => {
    const store = storeWith({ id: 'verdict-1', row: 'G1' }, { id: 'verdict-2', row: 'G5' });
    const counts = [
      react(store, 'verdict-1', '29:alex', 'like'),
      react(store, 'verdict-1', '29:dana', 'dislike'),
      react(store, 'verdict-2', '29:alex', 'like'),
    ];
    assert.deepEqual(tally(counts), { 'G1 like': 1, 'G1 dislike': 1, 'G5 like': 1 });
  });

  it('counts nothing on a message that is no verdict of this conversation (a question card, an unknown id, no store)', () => {
    const store = storeWith({ id: 'verdict-1', row: 'G1' });
    for (const [what, result] of [
      ['a question card', react(store, 'question-card', '29:alex', 'like')],
      ['an unknown id', react(store, 'made-up', '29:alex', 'like')],
      ['a conversation without the advisor', react(undefined, 'verdict-1', '29:alex', 'like')],
      ['a store without verdicts', react({}, 'verdict-1', '29:alex', 'like')],
    ] as const) {
      assert.equal(result.counted, false, what);
      assert.ok(!result.counted && result.reason.length > 0, `${what}: a reason for the debug line`);
    }
    assert.equal(store.verdicts[0]!.reactions, undefined, 'and keeps nothing');
  });

  it('keeps people as digests, never their ids, and stops at the bound', () => {
    const store = storeWith({ id: 'verdict-1', row: 'G1' });
    for (let i = 0; i < REACTIONS_KEPT; i++) assert.equal(react(store, 'verdict-1', `29:person-${i}`, 'like').counted, true);
    assert.equal(react(store, 'verdict-1', '29:one-too-many', 'like').counted, false);
    assert.equal(react(store, 'verdict-1', '29:person-0', 'dislike').counted, true, 'someone already kept may still change their mind');
    assert.ok(!JSON.stringify(store).includes('29:person'), 'no user id in the state');
  });
});
