// The model's side of delivering a follow-up once: claimed in the write that earns it, given back
// when the connector fails for now (later each time), owed until sent, and given up after a
// bounded number of failures or once the conversation is unreachable.
import { strict as assert } from 'assert';
import { applyChange, claim, forgetAt, giveBack, KEEP_CLOSED_DAYS, openItem, owed, SEND_ATTEMPTS, unreachable } from '../../src/domain/cases';
import { readItem } from '../../src/domain/caseItems';
import { SEEN_DAYS } from '../../src/domain/eventInboxPolicy';

const NOW = Date.UTC(2026, 10, 24);
const item = openItem(
  {
    kind: 'gdapApproval',
    objectId: 'rel-1',
    customer: { tenantId: 't', name: 'Contoso Ltd' },
    owner: { id: '29:owner' },
    locale: 'en-US',
    cardId: 'card0001',
    conversation: {},
    shared: false,
  },
  NOW,
  60_000,
);

describe('Follow the case: a follow-up claimed, given back, owed', () => {
  it('2.8: a closed item is kept as long as a delivered event id (30 days), so a late event still finds it', () => {
    const approved = applyChange(item, 'approved', NOW).item;
    assert.equal(KEEP_CLOSED_DAYS, SEEN_DAYS);
    assert.equal(forgetAt(approved), NOW + 30 * 24 * 60 * 60 * 1000);
    // A late "terminated" 20 days after the approval: the item is still there to apply it to.
    const later = NOW + 20 * 24 * 60 * 60 * 1000;
    assert.ok(later < forgetAt(approved));
    assert.equal(applyChange(approved, 'terminated', later).followUp, 'terminated');
  });

  it('owes nothing while waiting, nor once the outcome is claimed', () => {
    assert.equal(owed(item), undefined);
    const approved = applyChange(item, 'approved', NOW);
    assert.equal(approved.followUp, 'approved');
    const claimed = claim(approved.item, 'approved');
    assert.deepEqual(claimed.sent, ['approved']);
    assert.deepEqual(claim(claimed, 'approved').sent, ['approved'], 'claimed once');
    assert.equal(owed(claimed), undefined);
  });

  it('owes a given-back outcome, later each time, until it failed too often or cannot be reached', () => {
    let current = claim(applyChange(item, 'approved', NOW).item, 'approved');
    const waits: number[] = [];
    for (let i = 1; i <= SEND_ATTEMPTS; i++) {
      current = giveBack(current, 'approved', NOW, 60_000);
      waits.push(current.nextPollAt - NOW);
      assert.equal(owed(current), i < SEND_ATTEMPTS ? 'approved' : undefined, `after ${i} failures`);
      current = claim(current, 'approved');
    }
    assert.ok(
      waits.every((w, i) => i === 0 || w > waits[i - 1]!),
      `later each time: ${waits.join(', ')}`,
    );
    const once = giveBack(claim(applyChange(item, 'approved', NOW).item, 'approved'), 'approved', NOW, 60_000);
    assert.equal(owed(once), 'approved');
    assert.equal(owed(unreachable(once, NOW)), undefined, 'never to a conversation that cannot be reached');
  });

  it('reads the failures back from the store, and refuses a count that is no number', () => {
    const given = giveBack(claim(applyChange(item, 'approved', NOW).item, 'approved'), 'approved', NOW, 60_000);
    assert.deepEqual(readItem(JSON.parse(JSON.stringify(given))), given);
    assert.equal(readItem({ ...given, sendFailures: 'many' }), undefined);
  });
});
