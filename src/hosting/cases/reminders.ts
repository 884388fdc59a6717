// The reminders and expiries: a GDAP request not approved after a week, any request a week before
// it runs out, and the expiry itself. The loop walks the schedule's due times (one instance at a
// time, by the store's lease), sends what is due through the same once-only path as a change, and
// sleeps until the next one is due (a minute at most, so a new item's times are seen). "Remind me
// again" and "Stop reminding" change the item as its owner asks.
import { randomUUID } from 'crypto';
import { quietened, quietenAnswer, remindersLeaseMs, remindersRound, sleepUntil, snoozed } from '../../domain/followUpSchedule';
import type { Scheduled } from '../../domain/caseIndexes';
import type { Logger } from '../logging/logger';
import { CaseStore, MAX_LEASE_MS } from './caseStore';
import { FollowUps } from './followUps';
import { Loop, realTimer, SetTimer } from './poller';

export interface RemindersOptions {
  store: CaseStore;
  followUps: FollowUps;
  logger: Logger;
  instanceId?: string;
  /** The longest sleep between two rounds. */
  maxSleepMs?: number;
  now?: () => number;
  timer?: SetTimer;
}

export class Reminders {
  private readonly now: () => number;
  private readonly maxSleepMs: number;
  private readonly instanceId: string;
  private readonly loop: Loop;
  /** Whether this instance has won the lease: only then is there one to give up (and a store to ask) at stop. */
  private leased = false;

  constructor(private readonly options: RemindersOptions) {
    this.now = options.now ?? Date.now;
    this.maxSleepMs = options.maxSleepMs ?? 60_000;
    this.instanceId = options.instanceId ?? randomUUID();
    this.loop = new Loop(() => this.tick(), options.timer ?? realTimer, options.logger, 'reminders');
  }

  start(): void {
    this.loop.start(Math.min(1_000, this.maxSleepMs));
  }

  /** Stops the rounds and gives the lease up, so another instance takes them at once. */
  async stop(): Promise<void> {
    await this.loop.stop();
    if (this.leased) await this.options.store.release('reminders', this.instanceId).catch(() => undefined);
  }

  /** One round: sends what is due; answers how long to sleep before the next. */
  async tick(): Promise<number> {
    const { store, followUps } = this.options;
    const now = this.now();
    if (!(await store.lease('reminders', this.instanceId, remindersLeaseMs(this.maxSleepMs, MAX_LEASE_MS), now))) return this.maxSleepMs;
    this.leased = true;
    const entries: Scheduled[] = [];
    for (let shard = 0; shard < store.shards; shard++) entries.push(...(await store.scheduled(shard)));
    const round = remindersRound(entries, now, this.maxSleepMs);
    for (const id of round.due) await followUps.deliverDue(id);
    return sleepUntil(round.nextAt, this.now());
  }

  /** "Remind me again": the last reminder sent comes once more, a day later. False when there is nothing left to remind of. */
  async snooze(id: string): Promise<boolean> {
    const now = this.now();
    const done = await this.options.store.update(id, (item) => snoozed(item, now));
    return done !== undefined;
  }

  /** "Stop reminding": no more reminders for the item; its outcome is still told. */
  async quieten(id: string): Promise<boolean> {
    const done = await this.options.store.update(id, quietened);
    return quietenAnswer(done !== undefined, done ? undefined : await this.options.store.get(id));
  }
}
