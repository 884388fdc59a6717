// What the turn runner (reliableTurns.ts) answers without a regular turn, as turnRules.ts says.
import { TurnContext } from 'botbuilder';
import { afterConflict, redeliveryAnswer, refusedAnswer } from '../../conversation/channel/turnRules';
import { CARD_ACTION_INVOKE } from '../../conversation/cards/cardActions';
import { errorSummary } from '../errors/turnErrors';
import type { TurnLog } from '../context/turnState';
import { hasInvokeResponse, setInvokeResponse } from '../replies/invokeResponse';
import { markReplayed } from './replayedTurns';

/** The turn runner's counters, for tests and diagnostics. */
export type ReliableTurnStats = Record<'turns' | 'conflictsRetried' | 'duplicatesAcknowledged' | 'abandoned' | 'undeliverable', number>;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An activity the conversation already processed (a channel's retry: Teams sends an invoke again
 * when its answer was slow or lost): a card action from the state as it stands (the bot runs
 * marked as replayed: it changes and sends nothing), another invoke with an empty 200, anything
 * else with nothing. The runner's outbox stays shut and is dropped unsent, so a path that sends
 * anyway cannot post the first run's messages again.
 */
export async function answerRedelivery(context: TurnContext, next: () => Promise<void>, log: TurnLog): Promise<void> {
  log.info({ type: context.activity.type }, 'duplicate activity acknowledged without a reply');
  const answer = redeliveryAnswer(context.activity.type, context.activity.name, CARD_ACTION_INVOKE);
  if (answer === 'replay') {
    markReplayed(context);
    await next();
  } else if (answer === 'accepted') setInvokeResponse(context, { status: 200 });
}

/**
 * An activity the bot could not handle and the advisor never acts on (say, an invoke with a
 * malformed payload the SDK choked on): refused, the conversation left unchanged, answered as
 * turnRules.ts's refusedAnswer says.
 */
export function refuseUnhandled(context: TurnContext, error: unknown, log: TurnLog): void {
  log.warn({ type: context.activity.type, err: errorSummary(error) }, 'activity could not be handled; conversation left unchanged');
  const answer = refusedAnswer(context.activity.type, hasInvokeResponse(context));
  if (answer) setInvokeResponse(context, answer);
}

/** A lost write race on `attempt`: waits, for the turn to run again on the state now stored (true), or gives up (false). */
export async function afterLostRace(attempt: number, maxAttempts: number, log: TurnLog, stats: ReliableTurnStats): Promise<boolean> {
  const retry = afterConflict(attempt, maxAttempts, Math.random());
  if (!retry.again) {
    stats.abandoned += 1;
    log.error({ attempts: attempt }, 'turn abandoned: the conversation state kept changing under it');
    return false;
  }
  stats.conflictsRetried += 1;
  log.info({ attempt }, 'state changed by another turn; running the turn again');
  await delay(retry.waitMs);
  return true;
}
