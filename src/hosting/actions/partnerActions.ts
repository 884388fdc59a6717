// The Partner Center actions, from a result's button to Microsoft's answer: the surface the bot
// calls. What a click does is the card machine's (conversation/actions/cardMachine.ts), run here by
// its interpreter (cardRunner.ts); this room only signs in (signInGate.ts), makes the calls and
// audits them (actionCalls.ts), and delivers (actionTurn.ts). Records keep ids and what the partner
// typed, never a token, so a repeated click or a retried invoke finds the confirmation done
// instead of doing it again, and only the person who started a card acts on it.
import { randomUUID } from 'crypto';
import { ConversationState, InvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { LocaleTag } from '../../domain/locales';
import type { EditionId } from '../../domain/editions';
import { signsInUniversally } from '../../conversation/actions/signInAnswers';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { ActionClick, isActionClickData, readActionClick } from '../../conversation/actions/actionClicks';
import { ActionRecord, keepRecord } from '../../conversation/actions/actionRecords';
import { ViewContext, viewContextOf } from '../../conversation/actions/actionViews';
import { isReplayed } from '../turns/replayedTurns';
import { ActionCalls, CallSettings } from './actionCalls';
import { ActionAnswer, ActionsStore, Turn, actionTurn, answer } from './actionTurn';
import { resultScope } from '../../conversation/actions/resultScope';
import { SignedOut, SignInGate } from './signInGate';
import { Runner, runClick } from './cardRunner';
import { AdvisorStoreProperty, conversationStores } from '../state/conversationStores';

export { ACTIONS_PROPERTY } from './actionTurn';
export type { ActionAnswer } from './actionTurn';

export interface PartnerActionsOptions extends CallSettings {
  conversationState: ConversationState;
  /** The edition the deployment answers from: an action applies only where the conversation's own result offers it. */
  edition: EditionId;
  /** The partner's overlay, whose role sets the GDAP card offers after Microsoft's. */
  content?: DeploymentContent;
  /** For tests; a random id otherwise. */
  newCardId?: () => string;
  /** Told of every card kept (the open items follow the objects an action made: cases/openItems.ts); asked first whether its owner is at their bound. */
  kept?: (turn: Turn, cardId: string, record: ActionRecord) => void;
  openItemsFull?: (turn: Turn) => Promise<number | undefined>;
  /** Told of every sign-out (a Web Chat visitor's ends with it: webchat/visitorSessions.ts). */
  signedOut?: SignedOut;
  /** ASSIGN_ON_APPROVAL: the GDAP form offers to assign access from the templates naming a group by id once the customer approves. */
  assignOnApproval?: boolean;
}

export class PartnerActions {
  private readonly accessor: StatePropertyAccessor<ActionsStore>;
  private readonly advisorStore: AdvisorStoreProperty;
  private readonly newCardId: () => string;
  private readonly calls: ActionCalls;
  private readonly gate: SignInGate;
  private readonly runner: Runner;

  constructor(private readonly options: PartnerActionsOptions) {
    this.accessor = conversationStores(options.conversationState).actions;
    // The advisor's own store (the advice flow keeps it there too): what the conversation's result is.
    this.advisorStore = conversationStores(options.conversationState).advisor;
    this.newCardId = options.newCardId ?? (() => randomUUID().replace(/-/g, ''));
    this.calls = new ActionCalls(options);
    this.gate = new SignInGate(options.signIn, (turn, click) => this.run(turn, click, true), options.signedOut);
    this.runner = {
      calls: this.calls,
      signIn: options.signIn,
      gate: this.gate,
      conversationState: options.conversationState,
      newCardId: this.newCardId,
      view: this.view.bind(this),
      keep: this.keep.bind(this),
      scope: this.scopeOf.bind(this),
      ...(options.openItemsFull ? { openItemsFull: options.openItemsFull } : {}),
    };
  }

  /** The turn's user's sign-in token from the token service (the team view verifies it: cases/teamIdentity.ts); none when not signed in. */
  readonly signedInToken = (context: TurnContext): Promise<string | undefined> => this.options.signIn.token(context);

  /** A click whose data is an action's: the bot hands it here instead of to the advisor's flow. */
  isActionClick(data: unknown): boolean {
    return isActionClickData(data);
  }

  /** A click on an action's button. `inPlace`: a Teams click whose answer replaces the card; else every card goes out as a message. */
  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<ActionAnswer | undefined> {
    const found = await actionTurn(this.accessor, context, locale, surface, inPlace);
    if (!found) return undefined;
    // Teams (not Copilot, whose surface is its own) signs in with Universal Actions: the clicker alone, nothing posted.
    const turn = { ...found, universal: signsInUniversally(context.activity, surface) };
    const click = readActionClick(data);
    if (!click) return answer(turn, { text: turn.c.actions.problems.expired }, false);
    const signedIn = turn.universal && !isReplayed(context) ? await this.gate.universalSignIn(turn, context.activity.value) : undefined;
    return signedIn ?? this.run(turn, click);
  }

  async tokenExchange(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    return this.gate.tokenExchange(await actionTurn(this.accessor, context, locale, surface, false), context.activity.value);
  }

  async verifyState(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    return this.gate.verifyState(await actionTurn(this.accessor, context, locale, surface, false), context.activity.value);
  }

  async tokensResponse(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<void> {
    return this.gate.tokensResponse(await actionTurn(this.accessor, context, locale, surface, false));
  }

  /** A sign-in page's code (Web Chat), the sign-out command, or text while a sign-in is pending; false when it is not for the actions. */
  async typedCode(context: TurnContext, text: string, locale: LocaleTag, surface: string | undefined): Promise<boolean> {
    return this.gate.typed(await actionTurn(this.accessor, context, locale, surface, false), text);
  }

  /** A click, carried out by the card machine; `resumed`: it waited for its sender's sign-in (its copy was live when clicked). */
  private run(turn: Turn, click: ActionClick, resumed = false): Promise<ActionAnswer> {
    return runClick(this.runner, turn, click, resumed);
  }

  // ---- state ----

  /** The conversation's settled result and its answers, read from the advisor's own state; none before a result. */
  private async scopeOf(turn: Turn) {
    return resultScope(await this.advisorStore.read(turn.context), this.options.edition);
  }

  private keep(turn: Turn, cardId: string, record: ActionRecord): void {
    turn.store.cards = keepRecord(turn.store.cards ?? {}, cardId, record);
    this.options.kept?.(turn, cardId, record);
  }

  private view(turn: Turn): ViewContext {
    return viewContextOf(turn.c, turn.locale, this.options.content, this.options.assignOnApproval);
  }
}
