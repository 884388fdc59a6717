// The advice flow's handlers in the route table (src/hosting/routes/table.ts): typed text, a click on an
// answer, a welcome (reactions and the search: verdictFeedback.ts, composeSearch.ts). Each reads what it needs
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
import { AdaptiveCard } from '../../conversation/cards';
import { featuresOf } from '../../conversation/channelFeatures';
import { CardActionResponse, cardActionError, cardResponse, readCardAction } from '../../conversation/cardActions';
import { isReplayed } from '../turns/replayedTurns';
import { turnLogOf } from '../turns/reliableTurns';
import { isTransientTurnError } from '../errors/turnErrors';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { typedText } from '../../conversation/typedInput';
import { TurnLocale, isTurnLocaleResolved, turnLocale } from '../locale/turnLocale';
import { setInvokeResponse } from '../replies/invokeResponse';
import { invokeAnswer as answer } from '../replies/clickAnswers';
import { copilotClickAnswer, copilotClickInput } from './copilot';
import { VerdictFeedback } from './verdictFeedback';
import { ComposeSearch } from './composeSearch';

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
  /** Reactions to verdicts and the compose box's search: routes of their own, on the same advisor. */
  readonly feedback: VerdictFeedback;
  readonly search: ComposeSearch;

  constructor(
    conversationState: ConversationState,
    private readonly locales: TurnLocale,
    private readonly advisor: AdvisorHost,
    settings: AdvisorSettings,
  ) {
    this.advisorStore = conversationStores(conversationState).advisor;
    this.feedback = new VerdictFeedback(advisor, this.advisorStore, (context) => this.localeFor(context));
    this.search = new ComposeSearch(settings, (context) => this.localeFor(context));
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
