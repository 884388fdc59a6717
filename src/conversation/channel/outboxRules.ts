// What the turn's outbox (hosting/turns/outbox.ts) decides about the activities it holds, as rules:
// whether the turn said anything the user sees, whether its state keeps a reply's id (then it
// delivers before its write), how a run again takes the places of the messages an earlier run
// delivered (compared by content, the channel's id aside: turnRules.ts, redeliveryPlan), what a
// failed send means, and which delivered messages a turn that did not take effect withdraws. The
// outbox holds the activities and makes the calls; the choices are here, tested from tables.
import { DeliveredMessage, Redelivery, reachesUser, redeliveryPlan } from './turnRules';

/** An activity as the outbox holds it: its type, and the id the channel gave it once sent. */
export interface HeldActivity {
  type?: unknown;
  id?: unknown;
}

/** An operation the outbox holds: a send of activities (with who waits for their ids), an update or a delete. */
export type HeldOp = { kind: 'send'; activities: readonly HeldActivity[]; onDelivered?: unknown } | { kind: 'update' | 'delete' };

/** A message a run delivered, as it went out, and the id the channel gave it. */
export interface SentMessage<A extends HeldActivity = HeldActivity> {
  activity: A;
  id?: string;
}

/** Whether the turn produced anything the user would see: an update or delete of a card, or a send of a visible activity. */
export function hasReplies(ops: readonly HeldOp[]): boolean {
  return ops.some((op) => op.kind !== 'send' || op.activities.some((a) => reachesUser(a.type)));
}

/** Whether the turn's state keeps the id the channel gives one of its replies (a Teams case card, a verdict): then it delivers before its write. */
export function keepsReplyIds(ops: readonly HeldOp[]): boolean {
  return ops.some((op) => op.kind === 'send' && op.onDelivered !== undefined);
}

/** A message's content as the channel got it, for comparing two runs' messages (the id set after sending is not content). */
export function contentOf(activity: HeldActivity): string {
  return JSON.stringify({ ...activity, id: undefined });
}

/** This run's messages in the places of those an earlier run delivered (turnRules.ts, redeliveryPlan), compared by content. */
export function redeliveryOf(earlier: readonly SentMessage[], ops: readonly HeldOp[]): { plan: Redelivery[]; withdraw: string[] } {
  const delivered: DeliveredMessage[] = earlier.map((s) => ({ json: contentOf(s.activity), ...(s.id ? { id: s.id } : {}) }));
  const next = ops.flatMap((op) => (op.kind === 'send' ? op.activities.map(contentOf) : []));
  return redeliveryPlan(delivered, next);
}

/** A message past the plan's end is sent. */
export function redeliveryStep(plan: readonly Redelivery[], i: number): Redelivery {
  return plan[i] ?? { kind: 'send' };
}

/**
 * A send that failed: before any reply reached the user the delivery failed (nothing was said, so
 * the turn's change is undone or never written, and the channel's retry runs it afresh); after one
 * did, the delivery is only cut short (what the user saw stands).
 */
export function afterSendFailure(reachedUser: boolean): 'failed' | 'cutShort' {
  return reachedUser ? 'cutShort' : 'failed';
}

/** The ids of the messages a turn that will not take effect withdraws: those delivered with an id. */
export function withdrawnIds(sent: readonly SentMessage[]): string[] {
  return sent.flatMap((s) => (s.id ? [s.id] : []));
}
