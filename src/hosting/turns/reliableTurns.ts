// Makes each turn take effect exactly once, however many copies of an activity arrive and however
// many bot instances share the state: the mechanism (a per-conversation queue, an outbox, a
// conditional write and a retry loop) here, the choices it makes in conversation/channel/turnRules.ts and
// processedActivities.ts (when an id is kept, how a redelivery is answered, which failures leave
// the state alone, how long to wait after a lost race).
import { createHash } from 'crypto';
import { Middleware, TurnContext } from 'botbuilder';
import { Logger } from '../logging/logger';
import { turnLog } from '../logging/turnLogger';
import { TurnQueue } from './turnQueue';
import { OptimisticConversationState, OptimisticUserState, beginAttempt } from '../state/optimisticState';
import { activityIdKey, rememberProcessed, wasProcessed } from '../../conversation/channel/processedActivities';
import { DEFAULT_MAX_ATTEMPTS, afterFailure, keepsActivityId } from '../../conversation/channel/turnRules';
import { isInert } from '../../conversation/channel/channelActivity';
import { StateConflictError, TransientTurnError } from '../errors/turnErrors';
import { TurnLog, turnStateOf } from '../context/turnState';
import { arrivalOf, restoreActivity } from './originalActivity';
import { holdAfterSave, holdAfterTurn, runAfterSave, runAfterTurn } from './afterSave';
import { ReliableTurnStats, afterLostRace, answerRedelivery, refuseUnhandled } from './turnAnswers';
import { ProfileReads } from './profileReads';
import { Outbox, deliverBeforeWrite, deliverSaved } from './outbox';

export interface ReliableTurnsOptions {
  conversationState: OptimisticConversationState;
  userState: OptimisticUserState;
  logger: Logger;
  queue?: TurnQueue;
  /** Runs of one turn when its state write keeps losing races (default 12). */
  maxAttempts?: number;
  /** Remember in a conversation which users have no profile, and skip reading it (state on a remote store). */
  rememberProfileAbsence?: boolean;
}

export type { ReliableTurnStats } from './turnAnswers';

/**
 * The turn runner, as middleware: turns of one conversation one at a time (TurnQueue); what the
 * turn sends held in the outbox; the state written once, over the version read, the conversation's
 * last with the activity's id, a lost race running the whole turn again on fresh state; the outbox
 * delivered after the write, or before it when the state keeps a reply's id (the id rides on the
 * one write; a run again reuses what was delivered: outbox.ts).
 */
export class ReliableTurns implements Middleware {
  readonly queue: TurnQueue;
  readonly stats: ReliableTurnStats = { turns: 0, conflictsRetried: 0, duplicatesAcknowledged: 0, abandoned: 0, undeliverable: 0 };
  private readonly reads: ProfileReads;

  constructor(private readonly options: ReliableTurnsOptions) {
    this.queue = options.queue ?? new TurnQueue();
    this.reads = new ProfileReads(options.conversationState, options.userState, options.rememberProfileAbsence ?? false);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = this.options.conversationState.getStorageKey(context);
    // No conversation key: nothing to protect (the bot's own state access will fail loudly).
    if (!key) return next();
    const turn = turnStateOf(context);
    turn.log = turnLog(this.options.logger, () => ({
      correlationId: turn.correlationId,
      conversation: createHash('sha256').update(key).digest('hex').slice(0, 12),
    }));
    try {
      await this.queue.run(key, () => this.runTurn(context, next, turn.log!));
    } catch (error) {
      if (error instanceof TransientTurnError) error.correlationId ??= turn.correlationId;
      throw error;
    }
  }

  private async runTurn(context: TurnContext, next: () => Promise<void>, log: TurnLog): Promise<void> {
    const { conversationState, userState } = this.options;
    this.stats.turns += 1;
    const outbox = new Outbox(context);
    const activity = context.activity;
    const idKey = activityIdKey(activity.id);
    // A way back to the activity as it arrived, for a retry (see turns/originalActivity.ts).
    const arrival = arrivalOf(activity);
    const undeliverable = (): void => void (this.stats.undeliverable += 1);
    holdAfterTurn(context);
    try {
      for (let attempt = 1; ; attempt += 1) {
        beginAttempt(context, attempt);
        outbox.reset();
        holdAfterSave(context);
        if (attempt > 1 && arrival) restoreActivity(activity, arrival());
        try {
          // An activity the advisor never acts on (typing) reads nothing: it would change nothing.
          if (idKey && !isInert(activity) && wasProcessed(await this.reads.load(context, attempt), idKey)) {
            this.stats.duplicatesAcknowledged += 1;
            // Processed elsewhere while an earlier run of ours delivered: that run's messages go.
            await outbox.withdraw(log);
            return await answerRedelivery(context, next, log);
          }
          try {
            await next();
          } catch (error) {
            if (afterFailure(activity.type, error instanceof TransientTurnError) === 'rethrow') throw error;
            outbox.close();
            await outbox.withdraw(log);
            return refuseUnhandled(context, error, log);
          }
          // Whether the state changed is asked only when the answer turns on it (isChanged writes the
          // state's JSON): a turn that replies keeps its activity's id whatever it changed.
          const replied = outbox.hasReplies();
          if (keepsActivityId(idKey !== undefined, replied, idKey !== undefined && !replied && conversationState.isChanged(context))) {
            const conversation = await conversationState.load(context);
            rememberProcessed(conversation, idKey!);
            this.reads.note(context, conversation);
          }
          // A reply whose id the state keeps (a Teams case card, a verdict) is delivered first, so
          // that the id rides on the turn's one write (the channel gives it only on delivery).
          if (outbox.keepsReplyIds()) await deliverBeforeWrite(outbox, log, undeliverable);
          await userState.commit(context);
          await conversationState.commit(context);
        } catch (error) {
          if (error instanceof StateConflictError && (await afterLostRace(attempt, this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, log, this.stats)))
            continue;
          // The turn does not take effect: what it delivered before its write is taken back.
          await outbox.withdraw(log);
          throw error;
        }
        // Nothing left to deliver when the replies went out before the write.
        await deliverSaved(context, outbox, conversationState, log, undeliverable);
        runAfterSave(context);
        return;
      }
    } finally {
      outbox.close();
      runAfterTurn(context);
    }
  }
}
