// The advice flow's handlers in the route table (src/hosting/routes/table.ts): typed text, a click on an
// answer, a welcome, the compose box's search (reactions: verdictFeedback.ts). What each reads off
// the activity is the conversation layer's (conversation/channel/channelActivity.ts); the pure flow gets its
// input through the advisor's host (advisor/).
import { ConversationState, InvokeResponse, TurnContext } from 'botbuilder';
import { textForBot } from './teamsContext';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag, isLocaleTag } from '../../domain/locales';
import { AdvisorHost, InPlaceAnswer } from '../advisor/advisorHost';
import { AdvisorStoreProperty, conversationStores } from '../state/conversationStores';
import { FlowInput } from '../../conversation/advisor/flow';
import { AdaptiveCard } from '../../conversation/cards/cards';
import { CardActionResponse, cardActionError, cardResponse, readCardAction } from '../../conversation/cards/cardActions';
import { copilotClickAnswer } from '../../conversation/cards/copilotCards';
import { composeSearchAnswer, SearchSettings } from '../../conversation/advisor/situationSearch';
import { copilotClickInput, inputFrom, isSharedConversation, participantsOf } from '../../conversation/channel/channelActivity';
import { isReplayed } from '../turns/replayedTurns';
import { turnLogOf } from '../logging/turnLogger';
import { isTransientTurnError } from '../errors/turnErrors';
import { TurnLocale, isTurnLocaleResolved, turnLocale } from '../locale/turnLocale';
import { setInvokeResponse } from '../replies/invokeResponse';
import { invokeAnswer as answer } from '../replies/clickAnswers';
import { VerdictFeedback } from './verdictFeedback';

/** What the advisor answers from: the deployment's preset cloud, edition and content. */
export type AdvisorSettings = SearchSettings;

export class AdvisorTurns {
  private readonly advisorStore: AdvisorStoreProperty;
  /** Reactions to verdicts: a route of its own, on the same advisor. */
  readonly feedback: VerdictFeedback;

  constructor(
    conversationState: ConversationState,
    private readonly locales: TurnLocale,
    private readonly advisor: AdvisorHost,
    private readonly settings: AdvisorSettings,
  ) {
    this.advisorStore = conversationStores(conversationState).advisor;
    this.feedback = new VerdictFeedback(advisor, this.advisorStore, (context) => this.localeFor(context));
  }

  /** The language for this turn, as the locale middleware resolved it (resolved here when the bot runs without it, as in tests). */
  async localeFor(context: TurnContext): Promise<LocaleTag> {
    return isTurnLocaleResolved(context) ? turnLocale(context) : this.locales.resolve(context);
  }

  welcome(context: TurnContext): Promise<void> {
    return this.converse(context, { kind: 'start', greetOnly: isSharedConversation(context.activity) });
  }

  /** Typed text (as the route table already read it, so Teams' HTML copy is read once), or a Web Chat click on one of the flow's own buttons. */
  message(context: TurnContext, text: string = textForBot(context.activity)): Promise<void> {
    return this.converse(context, inputFrom(context.activity, text));
  }

  /** The compose box's search command (a message extension): result cards for the situation typed. */
  async search(context: TurnContext): Promise<InvokeResponse> {
    return composeSearchAnswer(context.activity.value, await this.localeFor(context), this.settings);
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
    const cardId = context.activity.replyToId;
    const viewOnly = action.kind === 'view' || isReplayed(context);
    const inPlace: InPlaceAnswer = { viewOnly, answer: (shown) => void (card = shown), ...(cardId ? { cardId } : {}) };
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
    const setLocale = async (chosen: string): Promise<void> => {
      if (isLocaleTag(chosen)) await this.locales.choose(context, chosen);
    };
    const locale = await this.localeFor(context);
    await this.advisor.run(context, this.advisorStore, { locale, input, setLocale, ...participantsOf(context.activity), ...(inPlace ? { inPlace } : {}) });
  }
}
