// A turn's outgoing activities (sends, card updates, deletes), held until the turn runner
// (reliableTurns.ts) lets them out, with the ids of delivered replies handed to whoever asked for
// them (replies/sendReplies.ts). A turn whose state keeps such an id delivers before its write; if
// that write then loses a race, the messages it delivered are reused by the turn's next run (kept,
// updated in place, or withdrawn: conversation/channel/turnRules.ts, redeliveryPlan), never sent twice.
import { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { Redelivery, reachesUser } from '../../conversation/channel/turnRules';
import { SentMessage, afterSendFailure, hasReplies, keepsReplyIds, redeliveryOf, redeliveryStep, withdrawnIds } from '../../conversation/channel/outboxRules';
import { DeliveryError, errorSummary } from '../errors/turnErrors';
import type { OptimisticState } from '../state/optimisticState';
import type { TurnLog } from '../context/turnState';
import { traced } from '../telemetry/instruments';
import { OnDelivered, claimAwaitingIds, runOnDelivered } from '../replies/sendReplies';

type Op =
  | { kind: 'send'; activities: Partial<Activity>[]; next: () => Promise<ResourceResponse[]>; onDelivered?: readonly OnDelivered[] }
  | { kind: 'update'; activity: Partial<Activity>; next: () => Promise<void> }
  | { kind: 'delete'; reference: Partial<ConversationReference>; next: () => Promise<void> };

/** How a delivery went: the failure that stopped it before anything reached the user, if any. */
export interface Delivered {
  failed?: unknown;
}

/** A message this turn delivered, as it went out (the SDK later writes the channel's id onto it). */
type Sent = SentMessage<Partial<Activity>>;

export class Outbox {
  buffering = false;
  private ops: Op[] = [];
  /** What earlier runs of this turn delivered before a write they lost: the next run's messages take their places. */
  private sent: Sent[] = [];
  /** This run's activities went out already (before its write). */
  private delivered = false;

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (ctx, activities, next) => {
      if (!this.buffering) return next();
      // Not delivered yet, so no ids: the callbacks handed over with this send wait with it.
      const onDelivered = claimAwaitingIds(ctx);
      this.ops.push({ kind: 'send', activities, next, ...(onDelivered ? { onDelivered } : {}) });
      return [];
    });
    context.onUpdateActivity(async (_ctx, activity, next) => {
      if (!this.buffering) return next();
      this.ops.push({ kind: 'update', activity, next });
    });
    context.onDeleteActivity(async (_ctx, reference, next) => {
      if (!this.buffering) return next();
      this.ops.push({ kind: 'delete', reference, next });
    });
  }

  /** An attempt of the turn begins: nothing held, sends held (what earlier attempts delivered stays known). */
  reset(): void {
    this.ops = [];
    this.buffering = true;
    this.delivered = false;
  }

  /** Stops holding: what is held is dropped, later sends (the turn-error message) go straight out. */
  close(): void {
    this.ops = [];
    this.buffering = false;
  }

  /** Whether the turn produced anything the user would see (conversation/channel/outboxRules.ts). */
  hasReplies(): boolean {
    return hasReplies(this.ops);
  }

  /** Whether the turn's state keeps the id the channel gives one of its replies: it then delivers before its write. */
  keepsReplyIds(): boolean {
    return keepsReplyIds(this.ops);
  }

  /**
   * Lets the held activities out, in order. Updates and deletes of earlier cards (Teams' receipt of
   * an answered question) go out alongside the replies instead of before them, which spares a
   * Teams answer one connector round trip; the delivery still waits for them. A send that fails
   * before any reply reached the user stops it (`failed`); one after, only cuts it short.
   * `beforeWrite`: the turn's write comes after, and may lose its race: what goes out is kept, so
   * that the turn's next run reuses it. Messages an earlier run delivered take this run's in order.
   */
  async deliver(log: TurnLog, beforeWrite: boolean): Promise<Delivered> {
    this.buffering = false;
    if (this.delivered) return {};
    this.delivered = true;
    const earlier = this.sent;
    this.sent = [];
    const sideCalls: Promise<void>[] = [];
    const sideCall = (call: () => Promise<void>, what: string): void => {
      sideCalls.push(
        call().catch((error: unknown) => {
          // The card may be gone or too old to edit; the step token still guards against re-use.
          log.debug({ err: errorSummary(error) }, `could not ${what} an earlier card`);
        }),
      );
    };
    const plan = earlier.length > 0 ? redeliveryOf(earlier, this.ops) : undefined;
    let at = 0;
    let reached = false;
    try {
      for (const op of this.ops) {
        if (op.kind !== 'send') {
          sideCall(() => traced(`connector.${op.kind}`, {}, op.next), op.kind);
          continue;
        }
        let responses: ResourceResponse[];
        try {
          responses = plan
            ? await this.redeliver(op.activities, plan.plan.slice(at, at + op.activities.length))
            : await traced('connector.send', { 'advisor.activities': op.activities.length }, op.next);
        } catch (error) {
          if (afterSendFailure(reached) === 'failed') {
            // Whatever an earlier run delivered is still out there, for a withdrawal.
            this.sent = [...earlier, ...this.sent];
            return { failed: error };
          }
          log.error({ err: errorSummary(error) }, 'reply only partly delivered');
          break;
        } finally {
          at += op.activities.length;
        }
        if (op.activities.some((a) => reachesUser(a.type))) reached = true;
        if (beforeWrite) {
          op.activities.forEach((activity, i) => {
            const id = responses?.[i]?.id;
            this.sent.push(id ? { activity, id } : { activity });
          });
        }
        if (op.onDelivered) runOnDelivered(op.onDelivered, responses ?? []);
      }
      // What an earlier run said and this one no longer does is taken back.
      for (const id of plan?.withdraw ?? []) sideCall(() => this.context.deleteActivity(id), 'withdraw');
    } finally {
      await Promise.all(sideCalls);
    }
    return {};
  }

  /**
   * The turn will not take effect (the activity was processed elsewhere, or the state could not be
   * written): the messages its earlier runs delivered are withdrawn, so the channel's retry, or the
   * run that did take effect, is the only one the user sees.
   */
  async withdraw(log: TurnLog): Promise<void> {
    const ids = withdrawnIds(this.sent);
    this.sent = [];
    if (ids.length === 0) return;
    // The deletes go straight out; whatever the outbox holds or lets through otherwise stays so.
    const buffering = this.buffering;
    this.buffering = false;
    try {
      await Promise.all(
        ids.map((id) =>
          this.context.deleteActivity(id).catch((error: unknown) => {
            log.warn({ err: errorSummary(error) }, 'could not withdraw a reply of a turn that did not take effect');
          }),
        ),
      );
    } finally {
      this.buffering = buffering;
    }
  }

  /** This run's messages in the places of an earlier run's: kept, updated in place, or sent. */
  private async redeliver(activities: Partial<Activity>[], plan: readonly Redelivery[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const [i, activity] of activities.entries()) {
      const step = redeliveryStep(plan, i);
      if (step.kind === 'keep') responses.push({ id: step.id });
      else if (step.kind === 'update') {
        await traced('connector.update', {}, () => this.context.updateActivity({ ...activity, id: step.id }));
        responses.push({ id: step.id });
      } else {
        const [sent] = await traced('connector.send', { 'advisor.activities': 1 }, () => this.context.sendActivities([activity]));
        responses.push(sent ?? { id: '' });
      }
    }
    return responses;
  }
}

/**
 * After the turn's save: the outbox out (a turn whose state keeps reply ids delivered before it).
 * Nothing delivered: the state change is undone, so the card the user has still works and the
 * channel's retry runs the turn afresh (DeliveryError).
 */
export async function deliverSaved(
  context: TurnContext,
  outbox: Outbox,
  conversationState: OptimisticState,
  log: TurnLog,
  undeliverable: () => void,
): Promise<void> {
  const delivered = await outbox.deliver(log, false);
  if (delivered.failed === undefined) return;
  const undone = await conversationState
    .undo(context)
    .catch((error: unknown) => void log.warn({ err: errorSummary(error) }, 'could not undo the state change'));
  undeliverable();
  log.error({ err: errorSummary(delivered.failed), undone: undone === true }, 'reply could not be delivered');
  throw new DeliveryError('The reply could not be delivered', { cause: delivered.failed });
}

/**
 * Before the turn's save, for a turn whose state keeps reply ids: the outbox out, the ids then in
 * the state the turn writes. Nothing delivered: nothing was written either, so the card the user
 * has still works and the channel's retry runs the turn afresh (DeliveryError).
 */
export async function deliverBeforeWrite(outbox: Outbox, log: TurnLog, undeliverable: () => void): Promise<void> {
  const delivered = await outbox.deliver(log, true);
  if (delivered.failed === undefined) return;
  undeliverable();
  log.error({ err: errorSummary(delivered.failed), written: false }, 'reply could not be delivered');
  throw new DeliveryError('The reply could not be delivered', { cause: delivered.failed });
}
