// Makes each turn take effect exactly once, however many copies of an activity arrive and however
// many bot instances share the state: turns of a conversation run one at a time, an activity
// already processed is acknowledged without a reply, the state is written only over the version
// read (a lost race runs the turn again), and replies are held until the state is saved, so a
// retried turn never answers twice (the steps: ReliableTurns).
import { createHash } from 'crypto';
import { Activity, ConversationReference, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import { hasInvokeResponse, setInvokeResponse } from '../replies/invokeResponse';
import { Logger } from '../logging/logger';
import { TurnQueue } from './turnQueue';
import { OptimisticConversationState, OptimisticUserState, beginAttempt } from '../state/optimisticState';
import { activityIdKey, rememberProcessed, wasProcessed } from './dedupe';
import { DeliveryError, StateConflictError, TransientTurnError, errorSummary } from '../errors/turnErrors';
import { TurnLog, turnStateOf } from '../context/turnState';
import { traced } from '../telemetry/instruments';
import { arrivalOf } from './originalActivity';
import { recordedAfterDelivery } from '../replies/deliveredReplies';
import { markReplayed } from './replayedTurns';
import { holdAfterSave, runAfterSave } from './afterSave';
import { CARD_ACTION_INVOKE } from '../../conversation/cardActions';
import { ProfileReads } from './profileReads';
import { isInert } from '../../conversation/channelActivity';

type Op =
  | { kind: 'send'; activities: Partial<Activity>[]; next: () => Promise<ResourceResponse[]> }
  | { kind: 'update'; activity: Partial<Activity>; next: () => Promise<void> }
  | { kind: 'delete'; reference: Partial<ConversationReference>; next: () => Promise<void> };

/** The activity types the advisor converses on; a failure on any other leaves the state alone. */
const CONVERSING = new Set(['message', 'conversationUpdate', 'installationUpdate']);
const NOT_TO_USER = new Set(['trace', 'invokeResponse', 'delay']);

/** Holds a turn's outgoing activities until its state is saved. */
class Outbox {
  buffering = false;
  ops: Op[] = [];

  constructor(context: TurnContext) {
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!this.buffering) return next();
      // Not delivered yet, so no ids: onReplyDelivered hands them over after delivery.
      this.ops.push({ kind: 'send', activities, next });
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

  reset(): void {
    this.ops = [];
    this.buffering = true;
  }

  /** Stops buffering: later sends (e.g. the turn-error message) go straight out. */
  close(): void {
    this.ops = [];
    this.buffering = false;
  }

  /** Whether the turn produced anything the user would see. */
  hasReplies(): boolean {
    return this.ops.some((op) => op.kind !== 'send' || op.activities.some((a) => !NOT_TO_USER.has(String(a.type))));
  }
}

function restoreActivity(target: Partial<Activity>, fresh: Partial<Activity>): void {
  const t = target as Record<string, unknown>;
  for (const name of Object.keys(t)) delete t[name];
  Object.assign(t, fresh);
}

/** What a turn logs through: the levels the turn runner uses. */
export type { TurnLog } from '../context/turnState';

/**
 * The turn's logger, bound to its correlation id and a digest of its conversation, made only
 * when a line is written at an enabled level. Most turns write nothing here, and making it
 * (a SHA-256 and a pino child, whose bindings pass through redaction) cost every turn that
 * much for nothing (bench/README.md).
 */
export function turnLog(logger: Logger, bindings: () => Record<string, unknown>): TurnLog {
  let child: Logger | undefined;
  const at = (level: 'debug' | 'info' | 'warn' | 'error'): Logger[typeof level] =>
    ((...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      child ??= logger.child(bindings());
      (child[level] as (...a: unknown[]) => void)(...args);
    }) as Logger[typeof level];
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The running turn's logger (bound to its correlation id), for a line from the bot; none outside a reliable turn. */
export function turnLogOf(context: TurnContext): TurnLog | undefined {
  return turnStateOf(context).log;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

/** Counters for tests and diagnostics. */
export interface ReliableTurnStats {
  turns: number;
  conflictsRetried: number;
  duplicatesAcknowledged: number;
  abandoned: number;
  undeliverable: number;
}

/**
 * The turn runner, as middleware:
 *   1. Turns of one conversation are serialised inside the process (TurnQueue).
 *   2. The turn's outgoing activities (sends, card updates, deletes) are held in an outbox.
 *   3. An activity whose id the conversation already processed is acknowledged without a reply.
 *   4. The bot runs; its state is then written with the eTag it read (optimisticState.ts), the
 *      conversation write last, carrying the activity id. If another instance wrote first, the
 *      outbox is thrown away and the whole turn runs again on fresh state (bounded, with jitter).
 *   5. Only after the write succeeded is the outbox delivered. If nothing could be delivered, the
 *      state change is undone so the user's card stays valid, and the turn fails with 503.
 * Activity ids the channel assigns to our replies are only known after delivery: whoever needs
 * one asks for it with onReplyDelivered (deliveredReplies.ts), and a change its callback makes to
 * the state is saved in a follow-up write after delivery (deliver).
 */
export class ReliableTurns implements Middleware {
  readonly queue: TurnQueue;
  readonly stats: ReliableTurnStats = { turns: 0, conflictsRetried: 0, duplicatesAcknowledged: 0, abandoned: 0, undeliverable: 0 };
  private readonly maxAttempts: number;
  private readonly reads: ProfileReads;

  constructor(private readonly options: ReliableTurnsOptions) {
    this.queue = options.queue ?? new TurnQueue();
    this.maxAttempts = options.maxAttempts ?? 12;
    this.reads = new ProfileReads(options.conversationState, options.userState, options.rememberProfileAbsence ?? false);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = this.options.conversationState.getStorageKey(context);
    // No conversation key: nothing to protect (the bot's own state access will fail loudly).
    if (!key) return next();
    const log = turnLog(this.options.logger, () => ({
      correlationId: turnStateOf(context).correlationId,
      conversation: createHash('sha256').update(key).digest('hex').slice(0, 12),
    }));
    turnStateOf(context).log = log;
    try {
      await this.queue.run(key, (holdLane) => this.runTurn(context, next, log, holdLane));
    } catch (error) {
      if (error instanceof TransientTurnError) error.correlationId ??= turnStateOf(context).correlationId;
      throw error;
    }
  }

  private async runTurn(context: TurnContext, next: () => Promise<void>, log: TurnLog, holdLane: (pending: Promise<void>) => void): Promise<void> {
    const { conversationState, userState } = this.options;
    this.stats.turns += 1;
    const outbox = new Outbox(context);
    const idKey = activityIdKey(context.activity.id);
    // A way back to the activity as it arrived, for a retry (see turns/originalActivity.ts).
    const arrival = arrivalOf(context.activity);
    try {
      for (let attempt = 1; ; attempt += 1) {
        beginAttempt(context, attempt);
        outbox.reset();
        holdAfterSave(context);
        if (attempt > 1 && arrival) restoreActivity(context.activity, arrival());
        try {
          // An activity the advisor never acts on (typing) reads nothing: it would change nothing.
          if (idKey && !isInert(context.activity) && wasProcessed(await this.reads.load(context, attempt), idKey)) {
            this.stats.duplicatesAcknowledged += 1;
            log.info({ type: context.activity.type }, 'duplicate activity acknowledged without a reply');
            if (context.activity.type === 'invoke' && context.activity.name === CARD_ACTION_INVOKE) {
              // A retried card action: the bot answers it from state (the card it answered with),
              // and nothing is written or sent. The outbox stays shut and is dropped unsent, so a
              // path that sends anyway cannot post the first run's messages again.
              markReplayed(context);
              await next();
            } else if (context.activity.type === 'invoke') {
              setInvokeResponse(context, { status: 200 });
            }
            outbox.close();
            return;
          }
          try {
            await next();
          } catch (error) {
            if (error instanceof TransientTurnError || CONVERSING.has(String(context.activity.type))) throw error;
            // The SDK choked on an activity the advisor never acts on (say, an invoke with a
            // malformed payload): refuse it and leave the conversation as it was.
            outbox.close();
            log.warn({ type: context.activity.type, err: errorSummary(error) }, 'activity could not be handled; conversation left unchanged');
            // An answer the bot already chose (a Universal Actions error in the user's language) stands.
            if (context.activity.type === 'invoke' && !hasInvokeResponse(context)) {
              setInvokeResponse(context, { status: 400 });
            }
            return;
          }
          // The id is kept when the turn did something (replied or changed state); a turn that
          // did nothing (an activity type the bot ignores) leaves the state untouched.
          if (idKey && (outbox.hasReplies() || conversationState.isChanged(context))) {
            const conversation = await conversationState.load(context);
            rememberProcessed(conversation, idKey);
            this.reads.note(context, conversation);
          }
          await userState.commit(context);
          await conversationState.commit(context);
        } catch (error) {
          if (!(error instanceof StateConflictError)) throw error;
          if (attempt >= this.maxAttempts) {
            this.stats.abandoned += 1;
            log.error({ attempts: attempt }, 'turn abandoned: the conversation state kept changing under it');
            throw error;
          }
          this.stats.conflictsRetried += 1;
          log.info({ attempt }, 'state changed by another turn; running the turn again');
          await delay(Math.min(400, 20 * 2 ** (attempt - 1)) * (0.5 + Math.random()));
          continue;
        }
        outbox.buffering = false;
        await this.deliver(context, outbox, log, holdLane);
        runAfterSave(context);
        return;
      }
    } finally {
      outbox.close();
    }
  }

  private async deliver(context: TurnContext, outbox: Outbox, log: TurnLog, holdLane: (pending: Promise<void>) => void): Promise<void> {
    // Updates and deletes of earlier cards (Teams' receipt of an answered question): nothing
    // after them depends on them, so they go out alongside the replies instead of before them,
    // which spares a Teams answer one connector round trip. The turn still waits for them.
    const sideCalls: Promise<void>[] = [];
    const sideCall = (call: () => Promise<void>, what: string): void => {
      sideCalls.push(
        call().catch((error: unknown) => {
          // The card may be gone or too old to edit; the step token still guards against re-use.
          log.debug({ err: errorSummary(error) }, `could not ${what} an earlier card`);
        }),
      );
    };
    let delivered = false;
    try {
      for (const op of outbox.ops) {
        if (op.kind === 'update') {
          sideCall(() => traced('connector.update', {}, op.next), 'update');
          continue;
        }
        if (op.kind === 'delete') {
          sideCall(() => traced('connector.delete', {}, op.next), 'delete');
          continue;
        }
        try {
          await traced('connector.send', { 'advisor.activities': op.activities.length }, op.next);
          if (op.activities.some((a) => !NOT_TO_USER.has(String(a.type)))) delivered = true;
        } catch (error) {
          if (!delivered) {
            // Nothing reached the user: take the turn back, so the card they have still works
            // and the channel's retry of this activity runs it afresh.
            let undone = false;
            try {
              undone = await this.options.conversationState.undo(context);
            } catch (undoError) {
              log.warn({ err: errorSummary(undoError) }, 'could not undo the state change');
            }
            this.stats.undeliverable += 1;
            log.error({ err: errorSummary(error), undone }, 'reply could not be delivered');
            throw new DeliveryError('The reply could not be delivered', { cause: error });
          }
          log.error({ err: errorSummary(error) }, 'reply only partly delivered');
          break;
        }
      }
    } finally {
      await Promise.all(sideCalls);
    }
    // A delivered-reply callback recorded an id (a Teams card, a verdict for feedback): one more
    // write, after the turn's answer (the conversation's next turn waits for it). Web Chat and
    // Direct Line keep no reply ids, so their turns stay at one write.
    const { conversationState } = this.options;
    if (!recordedAfterDelivery(context) || !conversationState.isChanged(context)) return;
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
}
