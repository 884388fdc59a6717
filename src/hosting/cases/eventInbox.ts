// Partner Center's events, kept before they are answered: a verified event is written to the inbox
// (the bot's state store, memory or Blob) and only then answered 200; the instance holding the
// 'events' lease delivers it, notes its id as done and takes it out of the inbox. A process that
// dies anywhere in between leaves the event in the inbox (or unanswered, so Partner Center sends it
// again), and the next holder delivers it; delivering twice tells nobody twice, because the item's
// change and its message are claimed once (followUps.ts). Keys:
//   cases/inbox/<n>   events received, not yet delivered (a shard by the event id)
//   cases/seen/<n>    ids of events delivered, with when: a copy sent again is answered, not delivered
// What the documents hold, how a failed delivery is tried again and what is remembered are pure
// (domain/eventInboxPolicy.ts), and so are the keys (conversation/followUps/caseKeys.ts).
import type { PartnerCenterEvent } from '../../domain/partnerCenterEvents';
import {
  afterFailure,
  dueWaiting,
  INBOX_SHARDS,
  inboxShardOf,
  rememberDelivered,
  retriedLater,
  seenMap,
  Waiting,
  withoutWaiting,
  withWaiting,
} from '../../domain/eventInboxPolicy';
import type { Logger } from '../logging/logger';
import type { ConditionalStorage } from '../state/stateStorage';
import type { CaseStore } from './caseStore';
import { inboxKey, seenKey } from '../../conversation/followUps/caseKeys';

/** What the cases' code did with an event: told a partner, found no open case, logged a test, or ignored it. */
export type DeliverOutcome = 'delivered' | 'unknown' | 'test' | 'ignored';
export type DeliverEvent = (event: PartnerCenterEvent, id: string) => Promise<DeliverOutcome>;

const ATTEMPTS = 8;
const inboxOf = (id: string): string => inboxKey(inboxShardOf(id));
const seenOf = (id: string): string => seenKey(inboxShardOf(id));

export class InboxFullError extends Error {
  constructor() {
    super('The events inbox is full');
    this.name = 'InboxFullError';
  }
}

export interface EventInboxOptions {
  storage: ConditionalStorage;
  store: Pick<CaseStore, 'lease'>;
  deliver: DeliverEvent;
  logger: Logger;
  instanceId: string;
  now?: () => number;
  /** A later try of a failed delivery waits this long, twice as long each time (at most a day). */
  retryMs?: number;
}

export class EventInbox {
  private readonly now: () => number;
  private draining: Promise<void> | undefined;
  /** Deliveries under way in this process, by event id: a copy that comes meanwhile waits for the first. */
  private readonly inFlight = new Map<string, Promise<DeliverOutcome | undefined>>();

  constructor(private readonly options: EventInboxOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether an event with this id was delivered already. */
  async seen(id: string): Promise<boolean> {
    const stored = await this.options.storage.readItem(seenOf(id));
    return stored !== undefined && Object.hasOwn(seenMap(stored.state.ids), id);
  }

  /** Keeps the event (once, whatever the copies); InboxFullError when its shard is full. */
  async keep(id: string, event: PartnerCenterEvent): Promise<void> {
    const now = this.now();
    await this.edit(inboxOf(id), (doc) => {
      const events = withWaiting(doc.events, id, event, now);
      if (events === 'full') throw new InboxFullError();
      return events === 'kept' ? undefined : { events };
    });
  }

  /**
   * What the route does with a verified event before it answers: 'duplicate' when delivered
   * already; else kept (throws when it cannot be: nothing is answered 200 then), and delivered at
   * once, or left for the lease holder ('queued').
   */
  async receive(id: string, event: PartnerCenterEvent): Promise<DeliverOutcome | 'duplicate' | 'queued'> {
    if (await this.seen(id)) return 'duplicate';
    await this.keep(id, event);
    return (await this.drain(id)) ?? 'queued';
  }

  /** Takes the event out without delivering it (another instance is to take its copy). */
  async drop(id: string): Promise<void> {
    await this.edit(inboxOf(id), (doc) => ({ events: withoutWaiting(doc.events, id) }));
  }

  /**
   * Delivers what is waiting: every event due, on the lease holder only; or the one `only` names,
   * by the instance that received it (at once, as before the inbox; two instances delivering one
   * event tell once, as the item claims its message once). A delivery that throws stays in the
   * inbox for later (or, for ReachedElsewhereError, is rethrown to the route). The outcome of
   * `only`, or undefined when it was not delivered now.
   */
  async drain(only?: string): Promise<DeliverOutcome | undefined> {
    if (only === undefined && !(await this.options.store.lease('events', this.options.instanceId, 60_000, this.now()))) return undefined;
    let outcome: DeliverOutcome | undefined;
    for (let shard = 0; shard < INBOX_SHARDS; shard++) {
      if (only !== undefined && shard !== inboxShardOf(only)) continue;
      const stored = await this.options.storage.readItem(inboxKey(shard));
      const due = dueWaiting(stored?.state.events, this.now(), only);
      for (const waiting of due) {
        const running = this.inFlight.get(waiting.id);
        // A copy that comes while this process delivers the first waits for the first, and is not delivered again.
        const result = running ? await running.catch(() => undefined) : await this.tracked(waiting, only !== undefined);
        if (waiting.id === only) outcome = result;
      }
    }
    return outcome;
  }

  /** One drain at a time in this process; a call while one runs waits for it and starts another. */
  kick(): Promise<void> {
    const run = (this.draining ?? Promise.resolve()).then(() => this.drain().then(() => undefined));
    this.draining = run.catch((error: unknown) => {
      this.options.logger.warn({ err: { name: error instanceof Error ? error.name : typeof error } }, 'The events inbox could not be read now');
    });
    return this.draining;
  }

  private tracked(waiting: Waiting, rethrowElsewhere: boolean): Promise<DeliverOutcome | undefined> {
    const run = this.deliverOne(waiting, rethrowElsewhere).finally(() => this.inFlight.delete(waiting.id));
    this.inFlight.set(waiting.id, run);
    return run;
  }

  private async deliverOne(waiting: Waiting, rethrowElsewhere: boolean): Promise<DeliverOutcome | undefined> {
    const { logger } = this.options;
    let outcome: DeliverOutcome;
    try {
      outcome = await this.options.deliver(waiting.event, waiting.id);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      if (rethrowElsewhere && name === 'ReachedElsewhereError') throw error;
      await this.later(waiting, name);
      return undefined;
    }
    await this.markSeen(waiting.id);
    await this.drop(waiting.id);
    logger.info({ event: waiting.event.name, id: waiting.id, outcome }, 'Partner Center event delivered from the inbox');
    return outcome;
  }

  /** A failed delivery: tried again later, or given up (logged), as the inbox's policy says (eventInboxPolicy.ts). */
  private async later(waiting: Waiting, reason: string): Promise<void> {
    const next = afterFailure(waiting.tries, this.now(), this.options.retryMs);
    const fields = { event: waiting.event.name, id: waiting.id, tries: next.tries, reason };
    if ('giveUp' in next) {
      this.options.logger.error(fields, 'A Partner Center event failed too often: given up');
      await this.drop(waiting.id);
      return;
    }
    this.options.logger.warn(fields, 'A Partner Center event could not be delivered now: kept, tried again later');
    await this.edit(inboxOf(waiting.id), (doc) => ({ events: retriedLater(doc.events, waiting.id, next) }));
  }

  private async markSeen(id: string): Promise<void> {
    const now = this.now();
    await this.edit(seenOf(id), (doc) => ({ ids: rememberDelivered(seenMap(doc.ids), id, now) }));
  }

  /** Read, change, write over what was read; again on a conflict. `change` returning undefined writes nothing. */
  private async edit(key: string, change: (doc: Record<string, unknown>) => Record<string, unknown> | undefined): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await this.options.storage.readItem(key);
      const next = change(stored?.state ?? {});
      if (!next) return;
      const written = await this.options.storage.write(key, JSON.stringify(next), stored ? { ifMatch: stored.eTag } : { createOnly: true });
      if (!('conflict' in written)) return;
    }
    throw new Error(`The events inbox kept changing under ${ATTEMPTS} attempts to update it`);
  }
}
