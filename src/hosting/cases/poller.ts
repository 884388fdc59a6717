// Where no event comes (a local run, the demonstration, a partner who registers no webhook), the
// poller asks for the status of each open item whose time has come (its nextPollAt), backing off on
// failure, at most N reads a minute, and only on the instance holding the store's lease: one
// instance polls at a time. It also sends again what a failed delivery gave back, stops polling what
// closed, and forgets what has been closed long enough.
import { randomUUID } from 'crypto';
import type { OpenItem } from '../../domain/cases';
import { withEnd } from '../../domain/relationshipHealth';
import { pollEntryStep, pollerLeaseMs, pollStep, pollTickMs, takeRead } from '../../domain/followUpSchedule';
import { accessReadAgain, afterAccessRead, afterHealthRead, afterStatusRead, healthReadAgain, readThrew, statusReadAgain } from '../../domain/followUpReads';
import { parkedUntil } from '../../conversation/followUps/followUpClaims';
import type { Logger } from '../logging/logger';
import { CaseStore } from './caseStore';
import { FollowUps } from './followUps';
import { recordPoll, tracedCase } from './followUpTelemetry';
import type { StatusReader } from './statusReader';

/** Schedules a call; returns how to cancel it (tests pass a controllable one). */
export type SetTimer = (run: () => void, ms: number) => () => void;

export const realTimer: SetTimer = (run, ms) => {
  const t = setTimeout(run, ms);
  // A pending poll never keeps the process alive on its own.
  t.unref?.();
  return () => clearTimeout(t);
};

export interface PollerOptions {
  store: CaseStore;
  followUps: FollowUps;
  /** Reads with the app's credential; none: nothing is polled (said once). */
  reader: (Pick<StatusReader, 'read'> & Partial<Pick<StatusReader, 'readAccess'>>) | undefined;
  logger: Logger;
  /** The poll interval (nextPoll's base); a given-back follow-up is retried on the same rhythm. */
  pollMs: number;
  /** Status reads a minute at most, across all items. */
  pollsPerMinute: number;
  /** How often the schedule is walked; the poll interval, between 1 and 15 seconds, unless set. */
  tickMs?: number;
  instanceId?: string;
  now?: () => number;
  timer?: SetTimer;
}

/** A loop that runs `tick` every `everyMs` until stopped, one tick at a time. */
export class Loop {
  private cancel: (() => void) | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly tick: () => Promise<number | void>,
    private readonly timer: SetTimer,
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  start(firstMs: number): void {
    this.stopped = false;
    this.schedule(firstMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.cancel = this.timer(() => {
      this.running = this.tick().then(
        (next) => this.schedule(typeof next === 'number' ? next : ms),
        (error: unknown) => {
          this.logger.warn({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, `The ${this.what} round failed: tried again later`);
          this.schedule(ms);
        },
      );
    }, ms);
  }
}

export class Poller {
  readonly instanceId: string;
  private readonly now: () => number;
  private readonly tickMs: number;
  private readonly loop: Loop;
  /** When each read of the last minute was made (the rate bound). */
  private reads: number[] = [];
  private saidNoCredential = false;
  /** Whether this instance has won the lease: only then is there one to give up (and a store to ask) at stop. */
  private leased = false;

  constructor(private readonly options: PollerOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.now = options.now ?? Date.now;
    this.tickMs = options.tickMs ?? pollTickMs(options.pollMs);
    this.loop = new Loop(() => this.tick(), options.timer ?? realTimer, options.logger, 'poller');
  }

  start(): void {
    this.loop.start(this.tickMs);
  }

  /** Stops polling and gives the lease up: another instance polls at its next round, not once the lease ran out. */
  async stop(): Promise<void> {
    await this.loop.stop();
    // A store out of reach keeps the lease only until it runs out (MAX_LEASE_MS at most).
    if (this.leased) await this.options.store.release('poller', this.instanceId).catch(() => undefined);
  }

  /** One walk of the schedule; the number of status reads made (0 when another instance holds the lease). */
  async tick(): Promise<number> {
    const { store } = this.options;
    const now = this.now();
    if (!(await store.lease('poller', this.instanceId, pollerLeaseMs(this.tickMs), now))) return 0;
    this.leased = true;
    let reads = 0;
    for (let shard = 0; shard < store.shards; shard++) {
      for (const entry of await store.scheduled(shard)) {
        const step = pollEntryStep(entry, now);
        if (step === 'forget') await store.forget(entry.id);
        if (step !== 'visit') continue;
        const item = await store.get(entry.id);
        if (!item) continue;
        const done = await this.visit(item, now);
        if (done === 'read') reads += 1;
        if (done === 'limit') return reads;
      }
    }
    return reads;
  }

  private async visit(item: OpenItem, now: number): Promise<'read' | 'skipped' | 'limit'> {
    const { store, followUps, reader, logger, pollMs } = this.options;
    const plan = pollStep(item, now, { status: reader !== undefined, access: reader?.readAccess !== undefined });
    if (plan.step === 'deliverOwed') {
      await followUps.deliverOwed(item.id);
      return 'skipped';
    }
    if (plan.resume) await followUps.resume(item.id);
    if (plan.step === 'readAccess' && reader?.readAccess) return this.readAccess(item, now, reader.readAccess.bind(reader));
    if (plan.step === 'readHealth' && reader) return this.readHealth(item, now, reader);
    if (plan.step === 'park') {
      const until = plan.until;
      await store.update(item.id, (i) => parkedUntil(i, until));
      return 'skipped';
    }
    if (!reader) {
      if (!this.saidNoCredential) logger.warn('No app credential: open cases are not polled, their follow-ups come only from Partner Center events');
      this.saidNoCredential = true;
      return 'limit';
    }
    if (!this.mayRead(now)) return 'limit';
    const correlationId = randomUUID();
    const read = await tracedCase('follow_up.poll', { 'advisor.case.kind': item.kind }, () => reader.read(item, correlationId)).catch((error: unknown) => ({
      ...readThrew(),
      error,
    }));
    const after = afterStatusRead(item, read);
    recordPoll(item.kind, after.outcome);
    if (after.change) {
      await followUps.onChange(after.change, 'poll');
      return 'read';
    }
    if (after.failure) logger.info({ kind: item.kind, failure: after.failure, correlationId }, 'A status read failed: asked again later');
    await store.update(item.id, statusReadAgain(this.now(), pollMs, after.outcome === 'failed'));
    return 'read';
  }

  /** An approved relationship's status and end: a termination or expiry told, the end kept for its reminder, read again a day later (at the next poll while Graph gives no end yet). */
  private async readHealth(item: OpenItem, now: number, reader: NonNullable<PollerOptions['reader']>): Promise<'read' | 'limit'> {
    const { store, followUps, logger, pollMs } = this.options;
    if (!this.mayRead(now)) return 'limit';
    const read = await reader.read(item, randomUUID()).catch(readThrew);
    const after = afterHealthRead(item, read);
    if (after.failure) logger.info({ kind: item.kind, failure: after.failure }, 'A relationship read failed: asked again later');
    const end = after.end;
    if (end) await store.update(item.id, (i) => withEnd(i, end));
    recordPoll(item.kind, after.outcome);
    if (after.change) await followUps.onChange(after.change, 'poll');
    await store.update(item.id, healthReadAgain(this.now(), pollMs));
    return 'read';
  }

  /** Within the bound of reads a minute (followUpSchedule.ts): the read is counted. */
  private mayRead(now: number): boolean {
    const taken = takeRead(this.reads, now, this.options.pollsPerMinute);
    this.reads = taken.reads;
    return taken.allowed;
  }

  /** The access assignments read and applied (a failure or a long pending told once); a failed read is tried again later, backing off. */
  private async readAccess(item: OpenItem, now: number, readAccess: NonNullable<PollerOptions['reader']>['readAccess'] & {}): Promise<'read' | 'limit'> {
    const { store, followUps, logger, pollMs } = this.options;
    if (!this.mayRead(now)) return 'limit';
    const read = await readAccess(item, now).catch(readThrew);
    const after = afterAccessRead(read);
    recordPoll(item.kind, after.outcome);
    if (after.progress) await followUps.onAccess(item.id, after.progress, 'poll');
    else logger.info({ kind: item.kind, failure: after.failure }, 'An access assignments read failed: asked again later');
    await store.update(item.id, accessReadAgain(this.now(), pollMs, after.outcome === 'failed'));
    return 'read';
  }
}
