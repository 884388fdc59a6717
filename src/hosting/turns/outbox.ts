// A turn's outgoing activities (sends, card updates, deletes), held until its state is saved and
// then delivered, with the ids of delivered replies handed to whoever asked for them
// (replies/sendReplies.ts). The turn runner (reliableTurns.ts) opens, drops and delivers it.
import { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { reachesUser } from '../../conversation/turnRules';
import { DeliveryError, StateConflictError, errorSummary } from '../errors/turnErrors';
import type { OptimisticState } from '../state/optimisticState';
import type { TurnLog } from '../context/turnState';
import { traced } from '../telemetry/instruments';
import { OnDelivered, claimAwaitingIds, runOnDelivered } from '../replies/sendReplies';

type Op =
  | { kind: 'send'; activities: Partial<Activity>[]; next: () => Promise<ResourceResponse[]>; onDelivered?: readonly OnDelivered[] }
  | { kind: 'update'; activity: Partial<Activity>; next: () => Promise<void> }
  | { kind: 'delete'; reference: Partial<ConversationReference>; next: () => Promise<void> };

/** How a delivery went: whether any reply reached the user, whether an id was handed over, and the failure that stopped it before anything did. */
export interface Delivered {
  idsRecorded: boolean;
  /** Nothing reached the user: the send's failure. */
  failed?: unknown;
}

export class Outbox {
  buffering = false;
  private ops: Op[] = [];

  constructor(context: TurnContext) {
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

  /** An attempt of the turn begins: nothing held, sends held. */
  reset(): void {
    this.ops = [];
    this.buffering = true;
  }

  /** Stops holding: what is held is dropped, later sends (the turn-error message) go straight out. */
  close(): void {
    this.ops = [];
    this.buffering = false;
  }

  /** Whether the turn produced anything the user would see. */
  hasReplies(): boolean {
    return this.ops.some((op) => op.kind !== 'send' || op.activities.some((a) => reachesUser(a.type)));
  }

  /**
   * Lets the held activities out, in order. Updates and deletes of earlier cards (Teams' receipt of
   * an answered question) go out alongside the replies instead of before them, which spares a
   * Teams answer one connector round trip; the delivery still waits for them. A send that fails
   * before any reply reached the user stops it (`failed`); one after, only cuts it short.
   */
  async deliver(log: TurnLog): Promise<Delivered> {
    this.buffering = false;
    const sideCalls: Promise<void>[] = [];
    const sideCall = (call: () => Promise<void>, what: string): void => {
      sideCalls.push(
        call().catch((error: unknown) => {
          // The card may be gone or too old to edit; the step token still guards against re-use.
          log.debug({ err: errorSummary(error) }, `could not ${what} an earlier card`);
        }),
      );
    };
    let reached = false;
    let idsRecorded = false;
    try {
      for (const op of this.ops) {
        if (op.kind !== 'send') {
          sideCall(() => traced(`connector.${op.kind}`, {}, op.next), op.kind);
          continue;
        }
        let responses: ResourceResponse[];
        try {
          responses = await traced('connector.send', { 'advisor.activities': op.activities.length }, op.next);
        } catch (error) {
          if (!reached) return { idsRecorded, failed: error };
          log.error({ err: errorSummary(error) }, 'reply only partly delivered');
          break;
        }
        if (op.activities.some((a) => reachesUser(a.type))) reached = true;
        if (op.onDelivered && runOnDelivered(op.onDelivered, responses ?? [])) idsRecorded = true;
      }
    } finally {
      await Promise.all(sideCalls);
    }
    return { idsRecorded };
  }
}

/**
 * After the turn's save: the outbox out. Nothing delivered: the state change is undone, so the
 * card the user has still works and the channel's retry runs the turn afresh (DeliveryError). A
 * reply id handed over at delivery (a Teams card, a verdict for feedback): one more write, after
 * the turn's answer, that the conversation's next turn waits for (`holdLane`). Web Chat and Direct
 * Line keep no reply ids, so their turns stay at one write.
 */
export async function deliverSaved(
  context: TurnContext,
  outbox: Outbox,
  conversationState: OptimisticState,
  log: TurnLog,
  holdLane: (pending: Promise<void>) => void,
  undeliverable: () => void,
): Promise<void> {
  const delivered = await outbox.deliver(log);
  if (delivered.failed !== undefined) {
    const undone = await conversationState
      .undo(context)
      .catch((error: unknown) => void log.warn({ err: errorSummary(error) }, 'could not undo the state change'));
    undeliverable();
    log.error({ err: errorSummary(delivered.failed), undone: undone === true }, 'reply could not be delivered');
    throw new DeliveryError('The reply could not be delivered', { cause: delivered.failed });
  }
  if (!delivered.idsRecorded || !conversationState.isChanged(context)) return;
  // The write outlives the turn, and a context is not to be used after its turn (the adapter
  // refuses its sends then): the write keeps only what it reads of it.
  const kept = { activity: context.activity, turnState: context.turnState } as TurnContext;
  holdLane(
    conversationState.commit(kept).then(
      () => undefined,
      (error: unknown) => {
        // Only costs the in-place receipt of a later typed answer, or feedback on that verdict.
        if (error instanceof StateConflictError) log.debug('the ids of the replies were not recorded: another turn wrote first');
        else log.warn({ err: errorSummary(error) }, 'could not record the ids of the replies');
      },
    ),
  );
}
