// The advice flow's handlers in the route table (src/hosting/routes/table.ts): typed text, a click on an
// answer, a welcome, a reaction to a verdict, the compose box's search. Each reads what it needs
// off the activity and hands the pure flow its input through the advisor's host (advisor/).
import { Activity, ConversationState, InvokeResponse, TurnContext } from 'botbuilder';
import { isSharedConversation, textForBot } from './teamsContext';
import { Answers } from '../../domain/questions';
import type { EditionId } from '../../domain/editions';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag, isLocaleTag } from '../../domain/locales';
import { AdvisorHost, InPlaceAnswer } from '../advisor/advisorHost';
import { AdvisorStoreProperty, conversationStores } from '../state/conversationStores';
import { FlowInput, FlowUser } from '../../conversation/flow';
import { AdaptiveCard, cardAttachment, renderCard } from '../../conversation/cards';
import { featuresOf, hasFeedbackLoop } from '../../conversation/channelFeatures';
import { CardActionResponse, cardActionError, cardResponse, readCardAction } from '../../conversation/cardActions';
import { isReplayed } from '../turns/replayedTurns';
import { turnLogOf } from '../turns/reliableTurns';
import { afterSave } from '../turns/afterSave';
import { isTransientTurnError } from '../errors/turnErrors';
import { searchSituation } from '../../conversation/situationSearch';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { MAX_TYPED_TEXT, typedText } from '../../conversation/typedInput';
import { TurnLocale, isTurnLocaleResolved, turnLocale } from '../locale/turnLocale';
import { setInvokeResponse } from '../replies/invokeResponse';
import { invokeAnswer as answer } from '../replies/clickAnswers';
import { copilotClickAnswer, copilotClickInput, surfaceOf } from './copilot';
import { FEEDBACK_ACCEPTED, FEEDBACK_REFUSED, FeedbackSubmission, readFeedback } from './feedback';
import type { ReactionCount } from '../../conversation/verdictReactions';
import { recordFeedback } from '../telemetry/instruments';

/** The parameter of the search command in the Teams manifest (composeExtensions). */
export const SEARCH_PARAMETER = 'situation';

export interface AdvisorSettings {
  preset: Answers;
  edition: EditionId;
  content?: DeploymentContent;
}

/** What the user did: a card submit (its `value`) or typed text without the bot's @mention. */
export function inputFrom(activity: Partial<Activity>): FlowInput {
  if (activity.value !== undefined && activity.value !== null) return { kind: 'submit', data: activity.value };
  return { kind: 'text', text: typedText(textForBot(activity)) };
}

export class AdvisorTurns {
  private readonly advisorStore: AdvisorStoreProperty;

  constructor(
    conversationState: ConversationState,
    private readonly locales: TurnLocale,
    private readonly advisor: AdvisorHost,
    private readonly settings: AdvisorSettings,
  ) {
    this.advisorStore = conversationStores(conversationState).advisor;
  }

  /** The language for this turn, as the locale middleware resolved it (resolved here when the bot runs without it, as in tests). */
  async localeFor(context: TurnContext): Promise<LocaleTag> {
    return isTurnLocaleResolved(context) ? turnLocale(context) : this.locales.resolve(context);
  }

  welcome(context: TurnContext): Promise<void> {
    return this.converse(context, { kind: 'start', greetOnly: isSharedConversation(context.activity) });
  }

  /** Typed text, or a Web Chat click on one of the flow's own buttons (a message carrying the data). */
  message(context: TurnContext): Promise<void> {
    return this.converse(context, inputFrom(context.activity));
  }

  /**
   * Universal Actions: a click (Action.Execute) runs the turn as a message would, and the invoke
   * is answered with the card for the clicked message; a refresh, or a retried click that already
   * took effect, is answered from state without changing it. Anything that is no Action.Execute,
   * or a failure on our side, gets a Universal Actions error in the user's language.
   */
  async cardAction(context: TurnContext): Promise<InvokeResponse<CardActionResponse>> {
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

  /**
   * A click on a Copilot card. Copilot shows a card refreshed by an invoke as it was once the chat
   * is reopened: the flow's reply is a new message and the invoke gets one short line. A retried
   * click already took effect and its reply was posted: the same short line again, nothing more.
   */
  async copilotClick(context: TurnContext): Promise<InvokeResponse> {
    if (!isReplayed(context)) await this.converse(context, copilotClickInput(context.activity));
    return { status: 200, body: copilotClickAnswer(catalogFor(await this.localeFor(context))) };
  }

  /** An invoke click the sender of which cannot own a case: the unknown-action error, in their language. */
  async refusedClick(context: TurnContext): Promise<InvokeResponse> {
    turnLogOf(context)?.debug('card action refused: the sender has no usable id');
    return answer(cardActionError(catalogFor(await this.localeFor(context)), 'unknown'));
  }

  /**
   * Counted per outcome row, locale and reaction, once per person and verdict message (a changed
   * reaction replaces theirs), and only on a verdict the bot sent in this conversation where the
   * host shows feedback buttons; anything else is answered the same empty 200 and not counted.
   * The count waits until the reaction is saved with the conversation. The comment is never read.
   */
  async feedback(context: TurnContext): Promise<InvokeResponse> {
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

  /** The search message extension: result cards for the situation typed in the compose box. */
  async search(context: TurnContext): Promise<InvokeResponse> {
    const value: unknown = context.activity.value;
    const parameters: unknown[] =
      value && typeof value === 'object' && Array.isArray((value as { parameters?: unknown }).parameters)
        ? (value as { parameters: unknown[] }).parameters
        : [];
    const found = parameters.find(
      (p): p is { name: unknown; value: unknown } => !!p && typeof p === 'object' && (p as { name?: unknown }).name === SEARCH_PARAMETER,
    );
    const text = typeof found?.value === 'string' ? found.value.slice(0, MAX_TYPED_TEXT) : '';
    const locale = await this.localeFor(context);
    const items = searchSituation(text, catalogFor(locale), locale, this.settings.edition, this.settings.preset, this.settings.content);
    const composeExtension = {
      type: 'result',
      attachmentLayout: 'list',
      attachments: items.map((i) => ({
        ...cardAttachment(renderCard(i.card)),
        preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: i.title, text: i.subtitle } },
      })),
    };
    return { status: 200, body: { composeExtension } };
  }

  /** What a reaction changes in the counts; taken into the conversation's state when it counts. */
  private async feedbackCount(context: TurnContext, feedback: FeedbackSubmission, channel: string | undefined): Promise<ReactionCount> {
    if (!hasFeedbackLoop(channel)) return { counted: false, reason: 'this channel shows no feedback buttons' };
    if (!feedback.replyToId) return { counted: false, reason: 'no message named' };
    const userId = usableSenderId(context.activity);
    if (!userId) return { counted: false, reason: 'the sender has no usable id' };
    return this.advisor.react(context, this.advisorStore, feedback.replyToId, userId, feedback.reaction);
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

/** Who acted, where the channel shows cards per viewer (Teams); elsewhere cases have no asker. */
function viewerOf(activity: Partial<Activity>): FlowUser | undefined {
  if (!featuresOf(activity.channelId).userSpecificViews) return undefined;
  const id = usableSenderId(activity);
  if (id === undefined) return undefined;
  const name = activity.from?.name;
  return typeof name === 'string' && name.trim().length > 0 ? { id, name: name.trim().slice(0, 256) } : { id };
}

/** The sender's id, if one a case can be kept under: present, not empty, no longer than Teams' ids get. */
export function usableSenderId(activity: Partial<Activity>): string | undefined {
  const id = activity.from?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 256 ? id : undefined;
}

/** Teams' link to a personal chat with the bot: where someone else in a shared chat checks a case of their own. */
function ownCaseLink(activity: Partial<Activity>): string | undefined {
  const botId = activity.recipient?.id;
  if (!isSharedConversation(activity) || !featuresOf(activity.channelId).userSpecificViews || typeof botId !== 'string' || !/^28:[\w-]{1,128}$/.test(botId))
    return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}
