// Changes in, messages out: a change Partner Center reports (its event, or a poll of the object's
// status) is applied to the open item through the store's conditional update, and the follow-up it
// earns is claimed in that same write. Only the instance whose write went through sends, so a change
// delivered three times, or to two instances sharing the store, is told once. A delivery that fails
// for now is given back (tried again later, a bounded number of times); a conversation the bot can
// no longer reach marks the item, and nothing more is sent for it.
import { CaseChange, CaseCustomer, CaseKind, FollowUp, itemId, OpenItem } from '../../domain/cases';
import { acceptedInvitations, afterDelivery, applyAccessRead, applyReport, claimDue, expiryAfterRead, readsBeforeExpiry } from '../../domain/followUpDecisions';
import { randomUUID } from 'crypto';
import type { AccessProgress } from '../../domain/accessAssignments';
import { readAccessSoon } from '../../domain/accessFollowUp';
import { readThrew } from '../../domain/followUpReads';
import type { Logger } from '../logging/logger';
import { CaseStore } from './caseStore';
import { recordFollowUp } from './followUpTelemetry';
import type { StatusRead } from './statusReader';
import type { Delivery } from '../../conversation/followUps/followUpMessage';
import { deliveryLogLine, postponedExpiry, reclaimOwed, reclaimUnconfirmed, tellsHere } from '../../conversation/followUps/followUpClaims';

/** A change to an object an action made, as an event or a poll reports it. */
export interface CaseChangeReport {
  kind: CaseKind;
  /** The relationship's, the transfer's or (polled) the invitation's id; none for an accepted event (Partner Center names only the customer). */
  objectId?: string;
  change: CaseChange;
  /** Who accepted (a reseller relationship), as Partner Center names them. */
  customer?: CaseCustomer;
  /** The partner tenant the event came for (the follow-up app's): an invitation is matched within it only. */
  partnerTenantId?: string;
  /** When the change happened (the event's ResourceChangeUtcDate, in ms); the detection time otherwise. */
  changedAt?: number;
}

export type ChangeSource = 'event' | 'poll';

export type { Delivery } from '../../conversation/followUps/followUpMessage';

/** Sends one follow-up into the item's conversation (proactive.ts). */
export interface Messenger {
  send(item: OpenItem, followUp: FollowUp): Promise<Delivery>;
}

export interface FollowUpsOptions {
  store: CaseStore;
  messenger: Messenger;
  logger: Logger;
  /** The poll interval: a given-back follow-up is tried again after it, twice as long each time. */
  retryMs: number;
  now?: () => number;
  /** Whether this instance can reach an item's conversation; every one, unless given. */
  reachable?: (item: OpenItem) => boolean;
  /** Partner Center's status of an item (statusReader.ts), read before its expiry is declared; without one the deadline alone decides. */
  reader?: { read(item: OpenItem, correlationId: string): Promise<StatusRead> };
}

/**
 * An event for a conversation only another instance reaches (a local Direct Line's): refused, so
 * the events route answers 500, forgets the event and Partner Center delivers it again.
 */
export class ReachedElsewhereError extends Error {
  constructor() {
    super("The item's conversation is reached by another instance of the bot");
    this.name = 'ReachedElsewhereError';
  }
}

export class FollowUps {
  private readonly now: () => number;

  constructor(private readonly options: FollowUpsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** What the webhook route's `deliver` and the poller call: 'unknown' when no item waits for it (logged, nothing sent). */
  readonly onChange = async (report: CaseChangeReport, source: ChangeSource): Promise<'delivered' | 'unknown'> => {
    const ids = report.objectId ? [itemId(report.kind, report.objectId)] : await this.invitationsFor(report);
    let outcome: 'delivered' | 'unknown' = 'unknown';
    for (const id of ids) if ((await this.applyTo(id, report, source)) === 'delivered') outcome = 'delivered';
    if (outcome === 'unknown')
      this.options.logger.info({ kind: report.kind, change: report.change, source }, 'A change came for no open item: nothing to follow up');
    return outcome;
  };

  private async applyTo(id: string, report: CaseChangeReport, source: ChangeSource): Promise<'delivered' | 'unknown'> {
    const { logger, store } = this.options;
    if (!this.mine(await store.get(id))) {
      if (source === 'event') throw new ReachedElsewhereError();
      return 'unknown';
    }
    const now = this.now();
    let earned: FollowUp | undefined;
    const updated = await store.update(id, (item) => {
      const applied = applyReport(item, report.change, now, report.changedAt ?? now, report.customer);
      if (applied.stale) logger.info({ kind: item.kind, change: report.change, source }, 'A change older than the one applied last: recorded, not applied');
      earned = applied.earned;
      return applied.write;
    });
    if (!updated && !(await store.get(id))) return 'unknown';
    // Nothing new to apply: a message claimed by a process that died before sending it goes now.
    if (!updated) await this.resume(id);
    if (updated && earned) await this.send(updated.after, earned, { source, since: report.changedAt ?? now });
    return 'delivered';
  }

  /**
   * An approved relationship's access assignments as read now (the poller, or an assignment event's
   * read): kept, followed until all are active, and a failure or a long pending told once each.
   */
  async onAccess(id: string, progress: AccessProgress, source: ChangeSource): Promise<'delivered' | 'unknown'> {
    const now = this.now();
    let earned: FollowUp | undefined;
    const updated = await this.options.store.update(id, (item) => {
      const applied = this.mine(item) ? applyAccessRead(item, progress, now, this.options.retryMs) : {};
      earned = applied.earned;
      return applied.write;
    });
    if (updated && earned) await this.send(updated.after, earned, { source, since: now });
    return updated || (await this.options.store.get(id)) ? 'delivered' : 'unknown';
  }

  /** An access assignment event: the relationship's item (if any) has its assignments read at the poller's next round. */
  readonly onAccessEvent = async (relationshipId: string): Promise<'delivered' | 'unknown'> => {
    const id = itemId('gdapApproval', relationshipId);
    const now = this.now();
    const updated = await this.options.store.update(id, (item) => readAccessSoon(item, now));
    return updated || (await this.options.store.get(id)) ? 'delivered' : 'unknown';
  };

  /** A reminder or the expiry due now, claimed and sent once; false when none was due. */
  async deliverDue(id: string): Promise<boolean> {
    const now = this.now();
    const checked = await this.checkExpiry(id, now);
    if (checked !== 'expire') return checked === 'changed';
    let earned: FollowUp | undefined;
    const updated = await this.options.store.update(id, (item) => {
      const applied = this.mine(item) ? claimDue(item, now) : {};
      earned = applied.earned;
      return applied.write;
    });
    if (!updated || !earned) return false;
    await this.send(updated.after, earned, { source: 'reminder', since: now });
    return true;
  }

  /** An outcome's message whose delivery was given back: claimed again and sent. */
  async deliverOwed(id: string): Promise<boolean> {
    let earned: FollowUp | undefined;
    const updated = await this.options.store.update(id, (item) => {
      const claimed = reclaimOwed(item, this.now(), this.mine(item));
      earned = claimed.earned;
      return claimed.write;
    });
    if (!updated || !earned) return false;
    await this.send(updated.after, earned, { source: 'retry', since: updated.after.changedAt });
    return true;
  }

  /** The follow-ups claimed long ago and never confirmed (their process died sending): taken again and sent; false when none. */
  async resume(id: string): Promise<boolean> {
    const now = this.now();
    let pending: FollowUp[] = [];
    const updated = await this.options.store.update(id, (item) => {
      const claimed = reclaimUnconfirmed(item, now, this.mine(item));
      pending = claimed.pending;
      return claimed.write;
    });
    if (!updated) return false;
    for (const followUp of pending) await this.send(updated.after, followUp, { source: 'resumed', since: now });
    return true;
  }

  /**
   * Before an item is declared expired, its status is read once more: the deadline came by this
   * process's clock, which may have jumped. A change found (the approval) is delivered as such;
   * still waiting puts the expiry off; a failed read too, until it has failed EXPIRY_READS times.
   * 'expire' when the expiry stands (or nothing is due, or nothing can be read).
   */
  private async checkExpiry(id: string, now: number): Promise<'expire' | 'changed' | 'postponed'> {
    const { reader, store, logger, retryMs } = this.options;
    const item = await store.get(id);
    if (!reader || !item || !this.mine(item) || !readsBeforeExpiry(item, now)) return 'expire';
    const read = await reader.read(item, randomUUID()).catch(readThrew);
    const decided = expiryAfterRead(item, read, now, retryMs);
    if ('change' in decided) {
      await this.onChange({ kind: item.kind, objectId: item.objectId, change: decided.change }, 'poll');
      return 'changed';
    }
    if ('expire' in decided) return 'expire';
    const at = decided.postponeTo;
    const checks = item.expiryChecks ?? 0;
    await store.update(id, (i) => postponedExpiry(i, item, at));
    logger.info(
      { kind: item.kind, read: 'failure' in read ? read.failure.kind : 'waiting', checks: checks + 1 },
      'An item reached its deadline, yet Partner Center does not confirm it expired: looked at again later',
    );
    return 'postponed';
  }

  private mine(item: OpenItem | undefined): boolean {
    return tellsHere(item, this.options.reachable);
  }

  /**
   * The open invitations of the event's partner tenant that name the customer who accepted, found
   * by the index (domain/invitations.ts); none when the acceptance names no customer or nobody here named it.
   */
  private async invitationsFor(report: CaseChangeReport): Promise<string[]> {
    if (report.kind !== 'resellerAcceptance' || !report.customer) return [];
    const accepted = report.customer;
    const ids = await this.options.store.invitationsFor(report.partnerTenantId, accepted);
    return acceptedInvitations(await Promise.all(ids.map((id) => this.options.store.get(id))), accepted);
  }

  private async send(item: OpenItem, followUp: FollowUp, how: { source: string; since: number }): Promise<void> {
    const { logger, messenger, store } = this.options;
    let delivery: Delivery;
    try {
      delivery = await messenger.send(item, followUp);
    } catch (error) {
      logger.warn({ err: { name: (error as Error)?.name }, kind: item.kind, followUp }, 'A follow-up could not be sent');
      delivery = 'retry';
    }
    const now = this.now();
    recordFollowUp(item.kind, followUp, how.source, delivery, (now - how.since) / 1000);
    const after = await store.update(item.id, (stored) => afterDelivery(stored, followUp, delivery, now, this.options.retryMs));
    const line = deliveryLogLine(delivery, after?.after, { kind: item.kind, followUp, source: how.source });
    logger[line.level](line.fields, line.message);
  }
}
