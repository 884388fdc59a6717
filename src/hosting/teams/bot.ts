// The Teams/Bot Framework activity handler: turns activities into advisor input in the turn's
// language (locale/turnLocale.ts). It saves nothing itself: the turn runner (turns/reliableTurns.ts)
// saves the state after the turn, or AutoSaveStateMiddleware where the bot runs without it.
import {
  Activity,
  ConversationState,
  InvokeResponse,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { isAddressedToBot, isSharedConversation, textForBot } from './teamsContext';
import { Answers } from '../../domain/questions';
import type { EditionId } from '../../domain/editions';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag, isLocaleTag } from '../../domain/locales';
import { AdvisorHost } from '../advisor/advisorHost';
import { AdvisorStoreProperty } from '../advisor/advisorState';
import { FlowInput, FlowUser } from '../../conversation/flow';
import { AdaptiveCard } from '../../conversation/cards';
import { canUpdateMessages, featuresOf, hasFeedbackLoop } from '../../conversation/channelFeatures';
import { CARD_ACTION_INVOKE, CardActionResponse, cardActionError, cardResponse, messageResponse, readCardAction } from '../../conversation/cardActions';
import { isReplayed } from '../turns/replayedTurns';
import { turnLogOf } from '../turns/reliableTurns';
import { afterSave } from '../turns/afterSave';
import { isTransientTurnError } from '../errors/turnErrors';
import { InPlaceAnswer } from '../advisor/advisorHost';
import { searchSituation } from '../../conversation/situationSearch';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { MAX_TYPED_TEXT, typedText } from '../../conversation/typedInput';
import { cardAttachment, renderCard } from '../../conversation/cards';
import { TurnLocale, isTurnLocaleResolved, turnLocale } from '../locale/turnLocale';
import { setInvokeResponse } from '../replies/invokeResponse';
import { copilotClickAnswer, copilotClickInput, isCopilotClick, surfaceOf } from './copilot';
import { FEEDBACK_ACCEPTED, FEEDBACK_REFUSED, FeedbackSubmission, isFeedbackInvoke, readFeedback } from './feedback';
import type { ReactionCount } from '../../conversation/verdictReactions';
import { recordFeedback } from '../telemetry/instruments';
import { ActionAnswer, PartnerActions, TOKEN_EXCHANGE_INVOKE, TOKENS_RESPONSE_EVENT, VERIFY_STATE_INVOKE } from '../actions';
import { isRecord } from '../../domain/records';
import type { MyCases } from '../cases/myCases';
import type { FollowUpClickHandler } from '../cases/followUpClicks';

/** The parameter of the search command in the Teams manifest (composeExtensions). */
export const SEARCH_PARAMETER = 'situation';

/** What the user did: a card submit (its `value`) or typed text without the bot's @mention. */
export function inputFrom(activity: Partial<Activity>): FlowInput {
  if (activity.value !== undefined && activity.value !== null) return { kind: 'submit', data: activity.value };
  return { kind: 'text', text: typedText(textForBot(activity)) };
}

export class AdvisorBot extends TeamsActivityHandler {
  private readonly advisorStore: AdvisorStoreProperty;

  constructor(
    conversationState: ConversationState,
    private readonly locales: TurnLocale,
    private readonly advisor: AdvisorHost,
    private readonly settings: { preset: Answers; edition: EditionId; content?: DeploymentContent },
    /** The Partner Center actions, where the deployment signs partners in for them. */
    private readonly actions?: PartnerActions,
    /** My cases: only where the actions are on (the items are theirs). */
    private readonly cases?: MyCases,
    /** The buttons of the follow-ups that open cases bring (cases/followUpClicks.ts). */
    private readonly followUps?: FollowUpClickHandler,
  ) {
    super();
    this.advisorStore = new AdvisorStoreProperty(conversationState);

    // One welcome when the bot itself is added; other people joining is not our business.
    // Teams sends both installationUpdate and conversationUpdate on install, and only the first
    // carries the user's locale, so Teams is greeted from that one; other channels (Web Chat,
    // Direct Line) only send conversationUpdate.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.greet(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (botAdded && context.activity.channelId !== 'msteams') await this.greet(context);
      await next();
    });
  }

  /** ActivityHandlerBase.run's checks, then the dispatch, without ActivityHandler.run's per-turn descriptor object and two generator-driven awaits. */
  override async run(context: TurnContext): Promise<void> {
    if (!context) throw new Error('Missing TurnContext parameter');
    if (!context.activity) throw new Error('TurnContext does not include an activity');
    if (!context.activity.type) throw new Error('Activity is missing its type');
    await this.onTurnActivity(context);
  }

  /**
   * The two activities nearly every turn is, a message and (in Teams) a card click, go straight
   * to the advisor while nobody has registered a handler that botbuilder's dispatch would run for
   * them (onTurn, onMessage, onDialog). For handlers that do not exist, the dispatch wraps a turn
   * in a chain of promises that cost about 7% of a Web Chat turn's CPU (bench/history-2026-11.md, "The
   * handler chain"). A click's answer is put where the adapter reads it, which is what the SDK's
   * dispatch does in the end by sending an invokeResponse activity through every send handler of
   * the turn, though it is no message: the adapter writes it as the HTTP response once the turn,
   * state write included, is done, so it is held as replies are, and a turn run again after a
   * write conflict puts its own answer there. Registering any of those handlers brings the SDK's
   * dispatch back (test/conversation/teams.test.ts runs both ways). Only protected and exported
   * members of the SDK are used.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    if (this.actions && context.activity.type === 'event' && context.activity.name === TOKENS_RESPONSE_EVENT) {
      return this.actions.tokensResponse(context, await this.localeFor(context), surfaceOf(context.activity));
    }
    if (!this.handlers.Turn && !this.handlers.Dialog) {
      if (context.activity.type === 'message' && !this.handlers.Message) return this.converseOnMessage(context);
      if (context.activity.type === 'invoke' && context.activity.name === CARD_ACTION_INVOKE) {
        const response = await this.onCardInvoke(context);
        setInvokeResponse(context, response);
        return;
      }
    }
    return super.onTurnActivity(context);
  }

  /** Feedback on a verdict and card clicks (Universal Actions); every other invoke goes the SDK's way. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (isFeedbackInvoke(context.activity)) return this.onFeedback(context);
    if (context.activity.name === CARD_ACTION_INVOKE) return this.onCardInvoke(context);
    // The sign-in of the Partner Center actions: Teams' single sign-on, or the code after a sign-in page.
    if (this.actions && !hasUnusableSender(context.activity)) {
      if (context.activity.name === TOKEN_EXCHANGE_INVOKE)
        return this.actions.tokenExchange(context, await this.localeFor(context), surfaceOf(context.activity));
      if (context.activity.name === VERIFY_STATE_INVOKE) return this.actions.verifyState(context, await this.localeFor(context), surfaceOf(context.activity));
    }
    return super.onInvokeActivity(context);
  }

  /**
   * A click on a card. In Microsoft 365 Copilot the card stays as sent (Copilot shows a card
   * refreshed by an invoke as it was once the chat is reopened): the flow's reply is a new message
   * and the invoke gets one short line. Anywhere else the clicked card is answered in place.
   */
  private async onCardInvoke(context: TurnContext): Promise<InvokeResponse> {
    if (hasUnusableSender(context.activity)) {
      turnLogOf(context)?.debug('card action refused: the sender has no usable id');
      return answer(cardActionError(catalogFor(await this.localeFor(context)), 'unknown'));
    }
    const value: unknown = context.activity.value;
    const data = isRecord(value) && isRecord(value.action) ? value.action.data : undefined;
    if (this.cases?.isClick(data)) return actionAnswer(await this.cases.click(context, data, await this.localeFor(context), surfaceOf(context.activity), true));
    if (this.actions?.isActionClick(data)) {
      const surface = surfaceOf(context.activity);
      // Where the host updates messages (Teams) the clicked action card becomes the next step; Copilot keeps cards as sent, so every step is a message there.
      const answered = await this.actions.click(context, data, await this.localeFor(context), surface, canUpdateMessages(surface));
      return answered ? actionAnswer(answered) : answer(cardActionError(catalogFor(await this.localeFor(context)), 'unknown'));
    }
    if (this.followUps?.isClick(data)) {
      const surface = surfaceOf(context.activity);
      return actionAnswer(await this.followUps.click(context, data, await this.localeFor(context), surface, canUpdateMessages(surface)));
    }
    if (isCopilotClick(context.activity)) {
      // A retried click already took effect and its reply was posted: the same short line again, nothing more.
      if (!isReplayed(context)) await this.converse(context, copilotClickInput(context.activity));
      return { status: 200, body: copilotClickAnswer(catalogFor(await this.localeFor(context))) };
    }
    return this.onCardAction(context);
  }

  /**
   * Counted per outcome row, locale and reaction, once per person and verdict message (a changed
   * reaction replaces theirs), and only on a verdict the bot sent in this conversation where the
   * host shows feedback buttons; anything else is answered the same empty 200 and not counted.
   * The count waits until the reaction is saved with the conversation. The comment is never read.
   */
  private async onFeedback(context: TurnContext): Promise<InvokeResponse> {
    const feedback = readFeedback(context.activity);
    if (!feedback) return FEEDBACK_REFUSED;
    const channel = surfaceOf(context.activity);
    const count = await this.feedbackCount(context, feedback, channel);
    if (!count.counted) {
      turnLogOf(context)?.debug({ reason: count.reason }, 'feedback not counted');
      return FEEDBACK_ACCEPTED;
    }
    const labels = { 'advisor.outcome.row': count.row, 'advisor.locale': await this.localeFor(context), 'advisor.channel': channel ?? 'unknown' };
    afterSave(context, () => {
      if (count.replaces) recordFeedback({ ...labels, 'advisor.feedback.reaction': count.replaces }, -1);
      recordFeedback({ ...labels, 'advisor.feedback.reaction': count.reaction });
    });
    return FEEDBACK_ACCEPTED;
  }

  /** What a reaction changes in the counts; taken into the conversation's state when it counts. */
  private async feedbackCount(context: TurnContext, feedback: FeedbackSubmission, channel: string | undefined): Promise<ReactionCount> {
    if (!hasFeedbackLoop(channel)) return { counted: false, reason: 'this channel shows no feedback buttons' };
    if (!feedback.replyToId) return { counted: false, reason: 'no message named' };
    const userId = usableSenderId(context.activity);
    if (!userId) return { counted: false, reason: 'the sender has no usable id' };
    return this.advisor.react(context, this.advisorStore, feedback.replyToId, userId, feedback.reaction);
  }

  /**
   * Universal Actions: a click (Action.Execute) runs the turn as a message would, and the invoke
   * is answered with the card for the clicked message; a refresh, or a retried click that already
   * took effect, is answered from state without changing it. Anything that is no Action.Execute,
   * or a failure on our side, gets a Universal Actions error in the user's language.
   */
  private async onCardAction(context: TurnContext): Promise<InvokeResponse<CardActionResponse>> {
    const locale = await this.localeFor(context);
    const action = readCardAction(context.activity.value);
    if (action.kind === 'invalid') return answer(cardActionError(catalogFor(locale), 'unknown'));
    let card: AdaptiveCard | undefined;
    const inPlace: InPlaceAnswer = {
      viewOnly: action.kind === 'view' || isReplayed(context),
      answer: (shown) => {
        card = shown;
      },
    };
    if (context.activity.replyToId) inPlace.cardId = context.activity.replyToId;
    try {
      await this.converse(context, { kind: 'submit', data: action.kind === 'click' ? action.data : undefined }, inPlace);
    } catch (error) {
      if (isTransientTurnError(error)) throw error;
      // The turn runner leaves the state as it was and logs the failure; the user is told here.
      setInvokeResponse(context, answer(cardActionError(catalogFor(await this.localeFor(context)), 'failed')));
      throw error;
    }
    return answer(card ? cardResponse(card) : cardActionError(catalogFor(locale), 'failed'));
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    await this.converseOnMessage(context);
    await super.onMessageActivity(context);
  }

  private async converseOnMessage(context: TurnContext): Promise<void> {
    // In group chats and channels people talk to each other: only @mentions are for us.
    if (!isAddressedToBot(context.activity)) return;
    // Cases belong to their askers by id: a sender without a usable one acts on no case.
    if (hasUnusableSender(context.activity)) {
      turnLogOf(context)?.debug('message ignored: the sender has no usable id');
      return;
    }
    if (this.followUps?.isClick(context.activity.value)) {
      await this.followUps.click(context, context.activity.value, await this.localeFor(context), surfaceOf(context.activity), false);
      return;
    }
    if (this.cases && (await this.cases.onMessage(context, await this.localeFor(context), surfaceOf(context.activity), textForBot(context.activity)))) return;
    if (this.actions && (await this.forActions(context))) return;
    await this.converse(context, inputFrom(context.activity));
  }

  /** A Web Chat click on an action's button, or the code of a sign-in the sender is in the middle of: the actions' to answer. */
  private async forActions(context: TurnContext): Promise<boolean> {
    const actions = this.actions!;
    const value: unknown = context.activity.value;
    if (value !== undefined && value !== null) {
      if (!actions.isActionClick(value)) return false;
      await actions.click(context, value, await this.localeFor(context), surfaceOf(context.activity), false);
      return true;
    }
    const text = textForBot(context.activity);
    return typeof text === 'string' && actions.typedCode(context, text, await this.localeFor(context), surfaceOf(context.activity));
  }

  /** The language for this turn, as the locale middleware resolved it (resolved here when the bot runs without it, as in tests). */
  async localeFor(context: TurnContext): Promise<LocaleTag> {
    return isTurnLocaleResolved(context) ? turnLocale(context) : this.locales.resolve(context);
  }

  /** The search message extension: result cards for the situation typed in the compose box. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const parameters = Array.isArray(query?.parameters) ? query.parameters : [];
    const typed: unknown = parameters.find((p) => p?.name === SEARCH_PARAMETER)?.value;
    const text = typeof typed === 'string' ? typed.slice(0, MAX_TYPED_TEXT) : '';
    const locale = await this.localeFor(context);
    const items = searchSituation(text, catalogFor(locale), locale, this.settings.edition, this.settings.preset, this.settings.content);
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: items.map((i) => ({
          ...cardAttachment(renderCard(i.card)),
          preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: i.title, text: i.subtitle } },
        })),
      },
    };
  }

  private greet(context: TurnContext): Promise<void> {
    return this.converse(context, { kind: 'start', greetOnly: isSharedConversation(context.activity) });
  }

  private async converse(context: TurnContext, input: FlowInput, inPlace?: InPlaceAnswer): Promise<void> {
    const locale = await this.localeFor(context);
    const user = viewerOf(context.activity);
    const ownCaseUrl = ownCaseLink(context.activity);
    await this.advisor.run(context, this.advisorStore, {
      locale,
      input,
      shared: isSharedConversation(context.activity),
      setLocale: async (chosen) => {
        if (isLocaleTag(chosen)) await this.locales.choose(context, chosen);
      },
      ...(user ? { user } : {}),
      ...(ownCaseUrl ? { ownCaseUrl } : {}),
      ...(inPlace ? { inPlace } : {}),
    });
  }
}

function answer(body: CardActionResponse): InvokeResponse<CardActionResponse> {
  return { status: body.statusCode, body };
}

/** An action click's answer: the next card in place of the clicked one, or a short line while the next card comes as a message. */
function actionAnswer(answered: ActionAnswer): InvokeResponse {
  if (answered.kind === 'card') return answer(cardResponse(answered.card));
  if (answered.kind === 'invokeBody') return { status: 200, body: answered.body };
  return { status: 200, body: messageResponse(answered.text) };
}

/** Who acted, where the channel shows cards per viewer (Teams); elsewhere cases have no asker. */
function viewerOf(activity: Partial<Activity>): FlowUser | undefined {
  if (!featuresOf(activity.channelId).userSpecificViews) return undefined;
  const id = usableSenderId(activity);
  if (id === undefined) return undefined;
  const name = activity.from?.name;
  return typeof name === 'string' && name.trim().length > 0 ? { id, name: name.trim().slice(0, 256) } : { id };
}

/** The sender's id, if one a case can be kept under: present, not empty, no longer than Teams' ids get. */
function usableSenderId(activity: Partial<Activity>): string | undefined {
  const id = activity.from?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 256 ? id : undefined;
}

/** Where cases have askers (Teams), a sender whose id cannot be one must not be taken for "anyone". */
function hasUnusableSender(activity: Partial<Activity>): boolean {
  return featuresOf(activity.channelId).userSpecificViews && usableSenderId(activity) === undefined;
}

/** Teams' link to a personal chat with the bot: where someone else in a shared chat checks a case of their own. */
function ownCaseLink(activity: Partial<Activity>): string | undefined {
  const botId = activity.recipient?.id;
  if (!isSharedConversation(activity) || !featuresOf(activity.channelId).userSpecificViews || typeof botId !== 'string' || !/^28:[\w-]{1,128}$/.test(botId))
    return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}
