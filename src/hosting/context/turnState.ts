// What the rooms of the host tell each other during one turn, typed and in one place: botbuilder's
// turnState is an untyped map, and a side channel per file (a key here, a symbol there) hid who
// writes what and who reads it. Each field names its writer and readers (docs/hosting.md).
import { randomUUID } from 'crypto';
import type { TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import type { TurnFacts } from '../../conversation/advisor/turnFacts';
import type { FollowUp, OpenItem } from '../../domain/cases';
import type { StateContent, StateRead } from '../../conversation/channel/stateVersions';

/** What to do with a reply's id once the channel delivered it (nothing, for most replies). */
export type OnDelivered = ((id: string) => void) | undefined;

/** The two stored states a turn reads and writes. */
export type StateScope = 'conversation' | 'user';

/** A state as this turn sees it. */
export interface StateEntry {
  /** The state the turn works on; undefined once deleted (or never read). */
  state?: StateContent;
  /** What it was read from; undefined when nothing was read this turn. */
  read?: StateRead;
}

/** The stored version a turn's state builds on (conversation/channel/stateVersions.ts). */
export type { StateRead };

type LogFn = { (bindings: object, message?: string): void; (message: string): void };
/** The turn's logger, bound to its correlation id and conversation (made by the turn runner). */
export interface TurnLog {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface AdvisorTurnState {
  /**
   * Every log line, error answer and Partner Center call of the turn carries it: made on its first
   * read, so a turn that logs nothing makes none (logging/turnLogger reads it for the turn's line).
   */
  correlationId?: string;
  /** turns/reliableTurns: a line from the bot or the guard, bound to the turn. */
  log?: TurnLog;
  /** locale/turnLocale (the middleware, or a language the user just picked): the bot, the guard and error answers read it. */
  locale?: LocaleTag;
  /** turns/reliableTurns: a card action already taken, answered from state and sending nothing (teams/advisorTurns). */
  replayed?: boolean;
  /** turns/afterSave: work held until the turn's state is saved (undefined outside the turn runner). */
  afterSave?: (() => void)[];
  /** turns/afterSave: work following an effect made outside the state, kept across attempts until the turn ends. */
  afterTurn?: (() => void)[];
  /**
   * replies/sendReplies: what to do with each reply's id once delivered, handed to the turn
   * runner's outbox inside the one sendActivities call that sends them (see sendReplies).
   */
  awaitingIds?: readonly OnDelivered[];
  /** turns/reliableTurns: the attempt of the turn running (a state read in an earlier one is read again). */
  attempt?: number;
  /** state/optimisticState: the conversation's and the user's state as this turn sees them, and what each was read from. */
  states?: Partial<Record<StateScope, StateEntry>>;
  /**
   * cases/proactive: this turn is the bot's own, started to send a follow-up (or a line) about an open
   * item; the route table sends it to the follow-ups' handler. Set only in-process, never from an activity.
   */
  followUp?: { item: OpenItem; followUp: FollowUp } | { item: OpenItem; notice: string };
  /** advisor/advisorHost: what the turn decided, in ids only, for telemetry/turnSpans. */
  facts?: TurnFacts;
}

// The one key of ours on the SDK's turn state. The SDK forces it: its middleware, its BotState and
// their property accessors are handed the TurnContext alone, so the turn's object rides on it.
const KEY = Symbol('advisorTurnState');

/** The turn's state, with its correlation id made when first read. */
class TurnStateRecord implements AdvisorTurnState {
  private id: string | undefined;

  get correlationId(): string {
    return (this.id ??= randomUUID());
  }

  set correlationId(id: string) {
    this.id = id;
  }
}

/** The turn's typed state, made on first use. */
export function turnStateOf(context: Pick<TurnContext, 'turnState'>): AdvisorTurnState {
  let state = context.turnState.get(KEY) as AdvisorTurnState | undefined;
  if (!state) {
    state = new TurnStateRecord();
    context.turnState.set(KEY, state);
  }
  return state;
}
