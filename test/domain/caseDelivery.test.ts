// The open items' model at its edges: a change already told is not told again, an unreachable item
// gets no reminder, a quiet one still expires, and a follow-up's way out (claimed, confirmed, given
// back, taken for lost after two minutes, under one delivery key per try). Expected values are the
// rules' own numbers (SPEC's 90/30 days, the module's documented two minutes), written out.
import { strict as assert } from 'assert';
import {
  applyChange,
  claim,
  confirmSent,
  deliveryKey,
  dueFollowUp,
  endedAfterApproval,
  giveBack,
  nextDueAt,
  nextExpiryLook,
  openItem,
  OpenItem,
  postponeExpiry,
  quieten,
  unconfirmed,
  unreachable,
} from '../../src/domain/cases';

const DAY = 86_400_000;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

function gdap(fields: Partial<OpenItem> = {}): OpenItem {
  const made = openItem(
    {
      kind: 'gdapApproval',
      objectId: 'rel-1',
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso' },
      owner: { id: '29:owner' },
      locale: 'pt-BR',
      cardId: 'card-1',
      conversation: { conversation: { id: 'a:1' } },
      shared: false,
    },
    T0,
    MINUTE,
  );
  return { ...made, ...fields };
}

describe('Open items: the rules at their edges', () => {
  it('tells a change once: one whose message was already counted earns none, even on an item still waiting', () => {
    const counted = gdap({ sent: ['approved'] });
    const again = applyChange(counted, 'approved', T0 + DAY);
    assert.equal(again.followUp, undefined);
    assert.equal(again.item, counted, 'the item unchanged');
  });

  it('sends nothing to an item that cannot be reached, and a quiet item still expires at its deadline', () => {
    const gone = unreachable(gdap(), T0);
    assert.equal(dueFollowUp(gone, T0 + 8 * DAY), undefined, 'no "not approved yet" a week after');
    assert.equal(nextDueAt(gone), undefined);
    assert.equal(nextDueAt(quieten(gdap())), T0 + 90 * DAY, 'no reminder, but the expiry at the 90th day');
  });

  it('counts each look at an expiry not confirmed, and looks at a later expiry only when it is still ahead', () => {
    assert.equal(postponeExpiry(postponeExpiry(gdap(), T0 + MINUTE), T0 + 2 * MINUTE).expiryChecks, 2);
    assert.equal(nextExpiryLook(T0, 0, MINUTE, T0 + DAY), T0 + DAY + MINUTE, 'a minute after the later expiry');
    assert.equal(nextExpiryLook(T0, 0, 1000, T0), T0 + 1000, 'an expiry of now is not ahead: the wait instead');
    assert.equal(nextExpiryLook(T0, 2, MINUTE), T0 + 4 * MINUTE, 'the wait doubles with each look');
  });

  it('claims a follow-up once, confirms it alone, and keeps the others on their way with their time', () => {
    const first = claim(gdap(), 'notApprovedYet', T0);
    const both = claim(claim(first, 'expiresSoon', T0 + MINUTE), 'expiresSoon', T0 + MINUTE);
    assert.deepEqual(both.sending, ['notApprovedYet', 'expiresSoon'], 'each once, in the order claimed');
    assert.deepEqual(both.sent, ['notApprovedYet', 'expiresSoon']);
    const left = confirmSent(both, 'notApprovedYet');
    assert.deepEqual(left.sending, ['expiresSoon']);
    assert.equal(left.sendingAt, T0 + MINUTE, 'the time of the try still on its way');
    const none = confirmSent(left, 'expiresSoon');
    assert.equal('sending' in none || 'sendingAt' in none, false, 'nothing left on its way');
  });

  it('takes a claimed follow-up for lost two minutes after its try, not before', () => {
    const claimed = claim(gdap(), 'approved', T0);
    assert.deepEqual(unconfirmed(claimed, T0 + 2 * MINUTE - 1), []);
    assert.deepEqual(unconfirmed(claimed, T0 + 2 * MINUTE), ['approved']);
  });

  it('delivers a reminder asked for again under a new key, every other try under the same', () => {
    const id = 'gdapApproval:rel-1';
    assert.equal(deliveryKey(gdap(), 'notApprovedYet'), `${id}|notApprovedYet|0`);
    const snoozed = gdap({ snoozedUntil: T0 + DAY });
    for (const reminder of ['notApprovedYet', 'expiresSoon', 'endsSoon'] as const)
      assert.equal(deliveryKey(snoozed, reminder), `${id}|${reminder}|${T0 + DAY}`, reminder);
    assert.equal(deliveryKey(snoozed, 'approved'), `${id}|approved|0`, 'an outcome is told once: one key');
  });

  it('gives back only the follow-up that failed', () => {
    const claimed = claim(claim(gdap(), 'notApprovedYet', T0), 'expiresSoon', T0);
    const back = giveBack(claimed, 'expiresSoon', T0, MINUTE);
    assert.deepEqual(back.sent, ['notApprovedYet']);
    assert.deepEqual(back.sending, ['notApprovedYet']);
    assert.equal(back.sendFailures, 1);
    assert.equal(back.nextPollAt, T0 + 2 * MINUTE, 'the retry waits twice as long after one failure');
  });

  it('reads an expiry after the approval as the end of a GDAP relationship only', () => {
    assert.equal(endedAfterApproval({ kind: 'gdapApproval', status: 'expired', sent: ['approved'] }), true);
    assert.equal(endedAfterApproval({ kind: 'gdapApproval', status: 'expired', sent: [] }), false, 'never approved: not approved in time');
    assert.equal(endedAfterApproval({ kind: 'transfer', status: 'expired', sent: ['approved'] }), false, 'a transfer has no relationship to end');
  });
});
