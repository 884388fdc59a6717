// The follow-ups' own claims on an item (conversation/followUps/followUpClaims.ts), from tables
// written by hand: a lost send taken again, an owed outcome claimed again, an expiry put off only
// on the item as read, a poll parked, which items this instance tells, and each delivery's note.
// The once-only path that writes them: test/cases/followUps.test.ts and owed.test.ts.
import { strict as assert } from 'assert';
import { FollowUp, openItem, OpenItem, SENDING_STALE_MS, SEND_ATTEMPTS } from '../../../src/domain/cases';
import {
  deliveryLogLine,
  deliveryNote,
  parkedUntil,
  postponedExpiry,
  reclaimOwed,
  reclaimUnconfirmed,
  tellsHere,
} from '../../../src/conversation/followUps/followUpClaims';
import type { Delivery } from '../../../src/conversation/followUps/followUpMessage';

const T0 = Date.UTC(2026, 10, 20, 9);
const item = (over: Partial<OpenItem> = {}): OpenItem => ({
  ...openItem(
    {
      kind: 'gdapApproval',
      objectId: 'rel-1',
      customer: { tenantId: 'c-1', name: 'Northwind' },
      owner: { id: '29:alex' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: {},
      shared: false,
    },
    T0,
    1000,
  ),
  ...over,
});

describe('Follow-ups: what the once-only path claims on an item', () => {
  it('takes again a send claimed long ago and never confirmed, and only that', () => {
    const lost = { sending: ['approved' as FollowUp], sendingAt: T0 };
    const now = T0 + SENDING_STALE_MS;
    const rows: [string, Partial<OpenItem>, number, boolean, FollowUp[]][] = [
      ['claimed long enough ago', lost, now, true, ['approved']],
      ['claimed a moment ago: its sender may still be at it', lost, now - 1, true, []],
      ['another instance reaches its conversation', lost, now, false, []],
      ['its conversation can no longer be reached', { ...lost, unreachableAt: T0 }, now, true, []],
      ['nothing on its way', {}, now, true, []],
    ];
    for (const [name, over, at, mine, pending] of rows) {
      const claimed = reclaimUnconfirmed(item(over), at, mine);
      assert.deepEqual(claimed.pending, pending, name);
      assert.deepEqual(claimed.write, pending.length > 0 ? { ...item(over), sendingAt: at } : undefined, name);
    }
  });

  it("claims again an outcome's message that was given back, unless it is not owed or not this instance's", () => {
    const givenBack = { status: 'approved' as const, sent: [] };
    const rows: [string, Partial<OpenItem>, boolean, FollowUp | undefined][] = [
      ['given back', givenBack, true, 'approved'],
      ["another instance's", givenBack, false, undefined],
      ['sent already', { status: 'approved', sent: ['approved'] }, true, undefined],
      ['still waiting: nothing owed', {}, true, undefined],
      ['failed too often', { ...givenBack, sendFailures: SEND_ATTEMPTS }, true, undefined],
    ];
    for (const [name, over, mine, earned] of rows) {
      const claimed = reclaimOwed(item(over), T0 + 5, mine);
      assert.equal(claimed.earned, earned, name);
      if (earned) assert.deepEqual([claimed.write?.sent, claimed.write?.sending, claimed.write?.sendingAt], [[earned], [earned], T0 + 5], name);
      else assert.equal(claimed.write, undefined, name);
    }
  });

  it('puts an expiry off only on an open item whose check is still the one read', () => {
    const read = item({ expiryCheckAt: T0 });
    const rows: [string, OpenItem, OpenItem | undefined][] = [
      ['as read', read, { ...read, expiryCheckAt: T0 + 9, expiryChecks: 1 }],
      ['checked again meanwhile', item({ expiryCheckAt: T0 + 1 }), undefined],
      ['closed meanwhile', item({ expiryCheckAt: T0, status: 'approved' }), undefined],
    ];
    for (const [name, stored, expected] of rows) assert.deepEqual(postponedExpiry(stored, read, T0 + 9), expected, name);
  });

  it('parks a poll until a time, never bringing it forward', () => {
    const rows: [number, number, number | undefined][] = [
      [T0, T0 + 10, T0 + 10],
      [T0 + 10, T0 + 10, undefined],
      [T0 + 20, T0 + 10, undefined],
    ];
    for (const [nextPollAt, until, expected] of rows) assert.equal(parkedUntil(item({ nextPollAt }), until)?.nextPollAt, expected, `${nextPollAt} ${until}`);
  });

  it('tells every item unless told which it reaches; no item is nothing to refuse', () => {
    const none = (): boolean => false;
    const rows: [string, OpenItem | undefined, ((i: OpenItem) => boolean) | undefined, boolean][] = [
      ['no rule', item(), undefined, true],
      ['reached', item(), () => true, true],
      ['reached elsewhere', item(), none, false],
      ['no item', undefined, none, true],
    ];
    for (const [name, it, reachable, expected] of rows) assert.equal(tellsHere(it, reachable), expected, name);
  });

  it('notes each delivery: told, later, unreachable, tried again or given up', () => {
    const rows: [Delivery, number | undefined, string][] = [
      ['sent', undefined, 'told'],
      ['assigned', undefined, 'told'],
      ['later', undefined, 'later'],
      ['unreachable', undefined, 'unreachable'],
      ['retry', 1, 'retry'],
      ['retry', undefined, 'retry'],
      ['retry', SEND_ATTEMPTS, 'givenUp'],
    ];
    for (const [delivery, failures, note] of rows)
      assert.equal(deliveryNote(delivery, failures === undefined ? undefined : { sendFailures: failures }), note, `${delivery} ${failures}`);
  });

  it("writes each delivery's log line: a warning only when given up, the source of one told, the failures of one tried again", () => {
    const about = { kind: 'gdapApproval' as const, followUp: 'approved' as const, source: 'event' };
    const rows: [Delivery, number | undefined, 'info' | 'warn', Record<string, unknown>, RegExp][] = [
      ['sent', undefined, 'info', { kind: 'gdapApproval', followUp: 'approved', source: 'event', delivery: 'sent' }, /^Follow-up sent$/],
      ['assigned', undefined, 'info', { kind: 'gdapApproval', followUp: 'approved', source: 'event', delivery: 'assigned' }, /^Follow-up sent$/],
      ['later', undefined, 'info', { kind: 'gdapApproval', followUp: 'approved' }, /waits for the relationship/],
      ['unreachable', 2, 'info', { kind: 'gdapApproval', followUp: 'approved' }, /no longer be reached/],
      ['retry', 1, 'info', { kind: 'gdapApproval', followUp: 'approved', failures: 1 }, /tried again/],
      ['retry', undefined, 'info', { kind: 'gdapApproval', followUp: 'approved', failures: 0 }, /tried again/],
      ['retry', SEND_ATTEMPTS, 'warn', { kind: 'gdapApproval', followUp: 'approved', failures: SEND_ATTEMPTS }, /given up/],
    ];
    for (const [delivery, failures, level, fields, message] of rows) {
      const line = deliveryLogLine(delivery, failures === undefined ? undefined : { sendFailures: failures }, about);
      assert.equal(line.level, level, `${delivery} ${failures}`);
      assert.deepEqual(line.fields, fields, `${delivery} ${failures}`);
      assert.match(line.message, message, `${delivery} ${failures}`);
    }
  });
});
