// What makes a turn take effect exactly once, as rules the turn runner (hosting/turns/reliableTurns.ts)
// follows: which failures leave the conversation as it was, how a redelivered activity is answered,
// when its id is kept (processedActivities.ts), which replies reach the user, what a run again does
// with the messages an earlier run already delivered, and how often and after how long a turn that
// lost a write race runs again. The runner holds the mechanism (the queue, the outbox, the
// conditional write); the choices are here, tested from tables.

/** The activity types the advisor converses on; a failure on any other leaves the state alone. */
const CONVERSING = new Set(['message', 'conversationUpdate', 'installationUpdate']);
/** Activities a turn may send that the user never sees. */
const NOT_TO_USER = new Set(['trace', 'invokeResponse', 'delay']);

/** Runs of one turn when its state write keeps losing races, by default. */
export const DEFAULT_MAX_ATTEMPTS = 12;

/** Whether a sent activity of this type reaches the user (a trace or an invoke's response does not). */
export function reachesUser(type: unknown): boolean {
  return !NOT_TO_USER.has(String(type));
}

/**
 * A turn that failed: the failure goes up (a transient one, or one on an activity the advisor
 * converses on: the adapter answers it and the state stays as read), or the activity is refused
 * and the conversation left unchanged (the SDK choked on an activity the advisor never acts on,
 * say an invoke with a malformed payload; an invoke gets a 400 unless an answer was chosen).
 */
export function afterFailure(type: unknown, transient: boolean): 'rethrow' | 'refuse' {
  return transient || CONVERSING.has(String(type)) ? 'rethrow' : 'refuse';
}

/**
 * The answer to an activity refused after a failure (afterFailure says 'refuse'): an invoke gets a
 * 400 unless the bot already chose its answer (a Universal Actions error in the user's language),
 * which stands; anything else gets none.
 */
export function refusedAnswer(type: unknown, answered: boolean): { status: 400 } | undefined {
  return type === 'invoke' && !answered ? { status: 400 } : undefined;
}

/**
 * An activity the conversation already processed (a channel's retry): a card action is answered
 * again from the state as it stands, changing and sending nothing (the retry gets the card the
 * first answer carried); any other invoke gets an empty 200; anything else, nothing.
 */
export function redeliveryAnswer(type: unknown, name: unknown, cardActionInvoke: string): 'replay' | 'accepted' | 'nothing' {
  if (type !== 'invoke') return 'nothing';
  return name === cardActionInvoke ? 'replay' : 'accepted';
}

/** Whether the turn keeps its activity's id: when it did something (replied, or changed the conversation). */
export function keepsActivityId(hasId: boolean, replied: boolean, changed: boolean): boolean {
  return hasId && (replied || changed);
}

/**
 * After a lost write race on `attempt` (1 the first): run again after a jittered, doubling wait
 * (20 ms doubling, at most 400 ms, times 0.5–1.5; `random` in [0, 1)), or give up past `maxAttempts`.
 */
export function afterConflict(attempt: number, maxAttempts: number, random: number): { again: true; waitMs: number } | { again: false } {
  if (attempt >= maxAttempts) return { again: false };
  return { again: true, waitMs: Math.min(400, 20 * 2 ** (attempt - 1)) * (0.5 + random) };
}

/** A message an earlier run of the turn delivered: its content (as JSON) and the id the channel gave it, if any. */
export interface DeliveredMessage {
  json: string;
  id?: string;
}

/** What a run of the turn does with its n-th message, given what earlier runs delivered. */
export type Redelivery =
  /** The same message is already there: no call, its id. */
  | { kind: 'keep'; id: string }
  /** Another message in its place: the delivered one is updated in place. */
  | { kind: 'update'; id: string }
  /** Nothing there to reuse (or no id to reach it by): sent. */
  | { kind: 'send' };

/**
 * A turn that delivered before its write and lost the race runs again on the state now stored; its
 * messages must not come twice. Each message of the new run takes the place of the one delivered at
 * its position (kept when equal, updated in place otherwise), a further one is sent, and a
 * delivered one the new run no longer says is withdrawn (deleted), as are all of them when the
 * activity turns out to be processed already (`next` empty). A delivered message without an id
 * cannot be reached again: its place is sent anew (channels that keep no reply ids never deliver
 * before the write).
 */
export function redeliveryPlan(delivered: readonly DeliveredMessage[], next: readonly string[]): { plan: Redelivery[]; withdraw: string[] } {
  const plan = next.map((json, i): Redelivery => {
    const earlier = delivered[i];
    if (earlier?.id === undefined) return { kind: 'send' };
    return earlier.json === json ? { kind: 'keep', id: earlier.id } : { kind: 'update', id: earlier.id };
  });
  const withdraw = delivered.slice(next.length).flatMap((d) => (d.id === undefined ? [] : [d.id]));
  return { plan, withdraw };
}
