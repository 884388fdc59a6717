// What the poller and the reminders do, as tables written from docs/follow-ups.md: what a status,
// health or access read leads to and when the item is read again, which schedule entries are
// forgotten, left or visited, what a reminders round sends and how long it sleeps, the answer to
// "Stop reminding", and an undocumented status said once.
import { strict as assert } from 'assert';
import {
  accessReadAgain,
  afterAccessRead,
  afterHealthRead,
  afterStatusRead,
  healthReadAgain,
  readThrew,
  StatusRead,
  statusReadAgain,
} from '../../src/domain/followUpReads';
import { pollEntryStep, quietenAnswer, quietened, remindersRound } from '../../src/domain/followUpSchedule';
import { unknownStatusToSay } from '../../src/domain/partnerCenterStatus';
import type { OpenItem } from '../../src/domain/cases';

const NOW = 1_700_000_000_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const item = { kind: 'transfer', objectId: 't-1' } as const;
const customer = { tenantId: 'c-1', name: 'Contoso' };
const throttled = { kind: 'throttled', retryAfterSeconds: 5 } as const;

describe('what a read leads to, from tables', () => {
  const STATUS: { name: string; read: StatusRead; expect: unknown }[] = [
    {
      name: 'a change is applied',
      read: { change: 'completed' },
      expect: { outcome: 'changed', change: { kind: 'transfer', objectId: 't-1', change: 'completed' } },
    },
    {
      name: 'a change with its customer',
      read: { change: 'accepted', customer },
      expect: { outcome: 'changed', change: { kind: 'transfer', objectId: 't-1', change: 'accepted', customer } },
    },
    { name: 'nothing new', read: { unchanged: true, until: 5 }, expect: { outcome: 'unchanged' } },
    { name: 'a kind that cannot be read', read: { unreadable: true }, expect: { outcome: 'unchanged' } },
    { name: 'a failure', read: { failure: throttled }, expect: { outcome: 'failed', failure: 'throttled' } },
    { name: 'a read that threw', read: readThrew(), expect: { outcome: 'failed', failure: 'unavailable' } },
  ];
  for (const row of STATUS) it(`status read: ${row.name}`, () => assert.deepEqual(afterStatusRead(item, row.read), row.expect));

  const end = { endsAt: NOW + 40 * DAY, autoExtend: false, globalAdministrator: false } as never;
  const HEALTH: { name: string; read: StatusRead; expect: unknown }[] = [
    { name: 'still approved, its end known', read: { change: 'approved', end }, expect: { outcome: 'unchanged', end } },
    {
      name: 'terminated',
      read: { change: 'terminated', end },
      expect: { outcome: 'changed', change: { kind: 'transfer', objectId: 't-1', change: 'terminated' }, end },
    },
    {
      name: 'expired, no end given',
      read: { change: 'expired' },
      expect: { outcome: 'changed', change: { kind: 'transfer', objectId: 't-1', change: 'expired' } },
    },
    { name: 'nothing new', read: { unchanged: true }, expect: { outcome: 'unchanged' } },
    { name: 'a failure', read: { failure: throttled }, expect: { outcome: 'failed', failure: 'throttled' } },
  ];
  for (const row of HEALTH) it(`health read: ${row.name}`, () => assert.deepEqual(afterHealthRead(item, row.read), row.expect));

  it('access read: the progress applied, or a failure counted', () => {
    assert.deepEqual(afterAccessRead({ progress: 'active' }), { outcome: 'unchanged', progress: 'active' });
    assert.deepEqual(afterAccessRead({ failure: throttled }), { outcome: 'failed', failure: 'throttled' });
    assert.deepEqual(afterAccessRead(readThrew()), { outcome: 'failed', failure: 'unavailable' });
  });

  it('a read that threw is an unreachable service with no HTTP status', () => {
    assert.deepEqual(readThrew(), { failure: { kind: 'unavailable', status: 0 } });
  });
});

describe('when an item is read again, from a table', () => {
  const waiting = { kind: 'transfer', status: 'waiting', nextPollAt: 0 } as unknown as OpenItem;
  const approved = { kind: 'gdapApproval', status: 'approved', nextPollAt: 0 } as unknown as OpenItem;
  const ROWS: { name: string; update: () => (i: OpenItem) => OpenItem | undefined; item: OpenItem; expect: Partial<OpenItem> | undefined }[] = [
    { name: 'a status read: a poll interval later', update: () => statusReadAgain(NOW, MINUTE, false), item: waiting, expect: { nextPollAt: NOW + MINUTE } },
    {
      name: 'after a failure: twice as long',
      update: () => statusReadAgain(NOW, MINUTE, true),
      item: waiting,
      expect: { nextPollAt: NOW + 2 * MINUTE, pollFailures: 1 },
    },
    {
      name: 'after a third failure in a row: eight times',
      update: () => statusReadAgain(NOW, MINUTE, true),
      item: { ...waiting, pollFailures: 2 },
      expect: { nextPollAt: NOW + 8 * MINUTE, pollFailures: 3 },
    },
    {
      name: 'a closed item is not read again',
      update: () => statusReadAgain(NOW, MINUTE, false),
      item: { ...waiting, status: 'completed' } as OpenItem,
      expect: undefined,
    },
    { name: 'a relationship without its end: the next poll', update: () => healthReadAgain(NOW, MINUTE), item: approved, expect: { nextPollAt: NOW + MINUTE } },
    {
      name: 'a relationship whose end is known: a day later',
      update: () => healthReadAgain(NOW, MINUTE),
      item: { ...approved, endsAt: NOW + 90 * DAY },
      expect: { nextPollAt: NOW + DAY },
    },
    {
      name: 'a relationship already set at that very time: left',
      update: () => healthReadAgain(NOW, MINUTE),
      item: { ...approved, nextPollAt: NOW + MINUTE },
      expect: undefined,
    },
    {
      name: 'a relationship already set later: left',
      update: () => healthReadAgain(NOW, MINUTE),
      item: { ...approved, nextPollAt: NOW + 2 * DAY },
      expect: undefined,
    },
    {
      name: 'an access followed: the next poll',
      update: () => accessReadAgain(NOW, MINUTE, false),
      item: { ...approved, access: 'pending' },
      expect: { nextPollAt: NOW + MINUTE },
    },
    {
      name: 'an access no longer followed: left',
      update: () => accessReadAgain(NOW, MINUTE, false),
      item: { ...approved, access: 'active' },
      expect: undefined,
    },
  ];
  for (const row of ROWS)
    it(row.name, () => {
      // The update is made inside the test: a mutation run switches its mutant on only then.
      const next = row.update()(row.item);
      if (row.expect === undefined) assert.equal(next, undefined);
      else for (const [k, v] of Object.entries(row.expect)) assert.deepEqual(next?.[k as keyof OpenItem], v, k);
    });
});

describe('the schedule as the poller and the reminders walk it, from tables', () => {
  const ENTRIES: { forgetAt: number; nextPollAt: number; expect: ReturnType<typeof pollEntryStep> }[] = [
    { forgetAt: NOW, nextPollAt: 0, expect: 'forget' },
    { forgetAt: NOW + 1, nextPollAt: NOW + 1, expect: 'notYet' },
    { forgetAt: NOW + 1, nextPollAt: NOW, expect: 'visit' },
  ];
  for (const row of ENTRIES)
    it(`poll entry forgotten at +${row.forgetAt - NOW}, polled at ${row.nextPollAt ? '+' + (row.nextPollAt - NOW) : 0} → ${row.expect}`, () =>
      assert.equal(pollEntryStep(row, NOW), row.expect));

  const ROUNDS: { name: string; entries: { id: string; dueAt: number }[]; expect: { due: string[]; nextAt: number } }[] = [
    { name: 'nothing scheduled: a full sleep', entries: [], expect: { due: [], nextAt: NOW + MINUTE } },
    { name: 'no due time (0) is never due', entries: [{ id: 'a', dueAt: 0 }], expect: { due: [], nextAt: NOW + MINUTE } },
    {
      name: 'what is due is sent, the sleep until the next',
      entries: [
        { id: 'a', dueAt: NOW },
        { id: 'b', dueAt: NOW - DAY },
        { id: 'c', dueAt: NOW + 20_000 },
        { id: 'd', dueAt: NOW + 10_000 },
      ],
      expect: { due: ['a', 'b'], nextAt: NOW + 10_000 },
    },
    { name: 'a due time beyond the sleep: a full sleep', entries: [{ id: 'a', dueAt: NOW + DAY }], expect: { due: [], nextAt: NOW + MINUTE } },
  ];
  for (const row of ROUNDS) it(`reminders round: ${row.name}`, () => assert.deepEqual(remindersRound(row.entries, NOW, MINUTE), row.expect));
});

describe('"Stop reminding", from a table', () => {
  const waiting = { status: 'waiting' } as OpenItem;
  it('a waiting item goes quiet; an item already quiet or closed is left', () => {
    assert.equal(quietened(waiting)?.quiet, true);
    assert.equal(quietened({ ...waiting, quiet: true }), undefined);
    assert.equal(quietened({ status: 'completed' } as OpenItem), undefined);
  });
  const ROWS: { name: string; changed: boolean; kept?: OpenItem; expect: boolean }[] = [
    { name: 'quiet now', changed: true, expect: true },
    { name: 'already quiet, still reminding of something', changed: false, kept: { status: 'approved', quiet: true } as OpenItem, expect: true },
    { name: 'closed: nothing to stop', changed: false, kept: { status: 'completed' } as OpenItem, expect: false },
    { name: 'gone', changed: false, expect: false },
  ];
  for (const row of ROWS) it(`answered: ${row.name}`, () => assert.equal(quietenAnswer(row.changed, row.kept), row.expect));
});

describe('an undocumented status, said once, from a table', () => {
  const ROWS: { name: string; seen: string[]; kind: 'gdapApproval' | 'transfer'; status: string; expect: unknown }[] = [
    { name: 'a documented value: never', seen: [], kind: 'transfer', status: 'Complete', expect: undefined },
    { name: 'a new value: said', seen: [], kind: 'transfer', status: 'Paused', expect: { key: 'transfer:Paused', status: 'Paused' } },
    { name: 'said before: not again', seen: ['transfer:Paused'], kind: 'transfer', status: 'Paused', expect: undefined },
    {
      name: 'the same value of another kind: said',
      seen: ['transfer:Paused'],
      kind: 'gdapApproval',
      status: 'Paused',
      expect: { key: 'gdapApproval:Paused', status: 'Paused' },
    },
    {
      name: 'a long value: cut at 60',
      seen: [],
      kind: 'transfer',
      status: 'x'.repeat(90),
      expect: { key: `transfer:${'x'.repeat(60)}`, status: 'x'.repeat(60) },
    },
    { name: 'a hundred said: no more', seen: Array.from({ length: 100 }, (_, i) => `transfer:s${i}`), kind: 'transfer', status: 'Paused', expect: undefined },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(unknownStatusToSay(new Set(row.seen), row.kind, row.status), row.expect));
});
