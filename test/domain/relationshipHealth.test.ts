// The rules of a relationship's health at their edges (review of 25 November 2026, section 4 gap 3):
// only an approved GDAP relationship still reachable is followed; its end is kept only when a read
// changed it, each field on its own; the reminder comes from 30 days before the end until the end,
// not at it. The poller, the store and the cards are in test/cases/relationshipHealth.test.ts.
import { strict as assert } from 'assert';
import { applyChange, OpenItem } from '../../src/domain/cases';
import { endsSoonDue, followsRelationship, withEnd } from '../../src/domain/relationshipHealth';
import { gdapRequestItem } from '../support/gdapItems';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const ENDS = T0 + 60 * DAY;

function approved(fields: Partial<OpenItem> = {}): OpenItem {
  const made = gdapRequestItem(T0, 60_000);
  return { ...applyChange(made, 'approved', T0).item, sent: ['approved'], ...fields };
}

describe('Relationships kept healthy: the rules at their edges', () => {
  it('follows only an approved GDAP relationship that can still be reached', () => {
    assert.equal(followsRelationship(approved()), true);
    assert.equal(followsRelationship({ kind: 'transfer', status: 'approved' }), false, 'a transfer has no relationship to follow');
    assert.equal(followsRelationship({ kind: 'gdapApproval', status: 'waiting' }), false, 'not before the approval');
    assert.equal(followsRelationship({ kind: 'gdapApproval', status: 'approved', unreachableAt: T0 }), false, 'the chat cannot be reached');
  });

  it('keeps a read end only on a relationship followed, and only when one of its three fields changed', () => {
    const end = { endsAt: ENDS, autoExtends: false, globalAdministrator: false };
    assert.equal(withEnd({ ...approved(), kind: 'transfer' }, end), undefined, 'not followed: nothing kept');
    const kept = withEnd(approved(), end)!;
    assert.deepEqual([kept.endsAt, kept.autoExtends, kept.globalAdministrator], [ENDS, false, false]);
    assert.equal(withEnd(kept, end), undefined, 'the same end: no write');
    assert.equal(withEnd(kept, { ...end, endsAt: ENDS + DAY })?.endsAt, ENDS + DAY, 'the end moved');
    assert.equal(withEnd(kept, { ...end, autoExtends: true })?.autoExtends, true, 'auto-extend turned on');
    assert.equal(withEnd(kept, { ...end, globalAdministrator: true })?.globalAdministrator, true, 'Global Administrator added');
    const noEnd = withEnd(kept, { autoExtends: false, globalAdministrator: false })!;
    assert.ok(noEnd, 'the end no longer given is a change');
    assert.equal('endsAt' in noEnd, false, 'an end no longer given is dropped, not kept as undefined');
  });

  it('reminds from 30 days before an end not extended until the end, not at it nor after', () => {
    const item = approved({ endsAt: ENDS, autoExtends: false, globalAdministrator: false });
    const from = ENDS - 30 * DAY;
    assert.equal(endsSoonDue(item, from - 1), undefined, 'a millisecond before the 30 days');
    assert.deepEqual(endsSoonDue(item, from)?.item.sent, ['approved', 'endsSoon'], 'at 30 days before the end');
    assert.equal(endsSoonDue(item, ENDS - 1)?.followUp, 'endsSoon', 'the last moment before the end');
    assert.equal(endsSoonDue(item, ENDS), undefined, 'at the end: the expiry is told instead');
    assert.equal(endsSoonDue(item, ENDS + DAY), undefined, 'after the end');
  });
});
