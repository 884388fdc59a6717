// The botbuilder-dialogs host of the advisor flow: reads the turn's input, runs the pure flow,
// keeps its state in the dialog stack and sends the replies as cards in the user's language.
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogSet, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { StatePropertyAccessor } from 'botbuilder';
import { catalogFor } from '../../domain/content';
import { LocaleTag } from '../../domain/locales';
import { flowContextFor } from '../../conversation/flowContext';
import type { EditionId } from '../../domain/editions';
import { Answers } from '../../domain/questions';
import { isRecord } from '../../domain/records';
import { AdvisorState, FlowContext, FlowInput, FlowResult, FlowUser, Reply, currentView, handleTurn, viewFor } from '../../conversation/flow';
import { answeredView, CardView } from '../../conversation/viewModels';
import { keptReply } from '../../conversation/replyCardCache';
import { activityFor, toActivity } from '../replies/activities';
import { AdaptiveCard, ADAPTIVE_CARD_CONTENT_TYPE } from '../../conversation/cards';
import { canUpdateMessages, channelForm, hasFeedbackLoop, withRefresh } from '../../conversation/channelFeatures';
import { surfaceOf } from '../replies/surface';
import { Reaction, ReactionCount, VerdictMessage, react, rememberVerdicts } from './verdictMessages';
import { onReplyDelivered } from '../replies/deliveredReplies';
import { TURN_FACTS, turnFactsOf } from '../../conversation/turnFacts';

export const ADVISOR_DIALOG_ID = 'advisor';

/** Per-turn facts the host works out before the dialog runs. */
export interface TurnSettings {
  locale: LocaleTag;
  /** Called when the user picks a language; the host persists it for the user. */
  setLocale(locale: LocaleTag): Promise<void>;
  input: FlowInput;
  /** A group chat or channel: the welcome was posted at install, so a first message skips it. */
  shared: boolean;
  /** Who acted, where cards are shown per viewer (Teams): a case is its asker's. */
  user?: FlowUser;
  /** Where a viewer can start a case of their own (the read-only view's link), if anywhere. */
  ownCaseUrl?: string;
  /** A card action answered in place (a Universal Actions invoke) instead of by a new message. */
  inPlace?: InPlaceAnswer;
}

/**
 * How a Universal Actions click is answered: the card for the clicked message goes back in the
 * invoke's answer (no edit request to the connector); any other reply of the turn (help, a plain
 * text summary) is a new message.
 */
export interface InPlaceAnswer {
  /** Asked for again without a click (a refresh, or a retried click that already took effect): answered from state, changing nothing. */
  viewOnly: boolean;
  /** The message the card is in (the invoke's replyToId). */
  cardId?: string;
  answer(card: AdaptiveCard): void;
}

/** Replies that show the case itself: the one card of a case that evolves in place. */
const CASE_REPLIES = new Set<Reply['kind']>(['question', 'result', 'change', 'closed', 'resultStanding']);
/** Replies that are not cards. */
const TEXT_REPLIES = new Set<Reply['kind']>(['summaryText', 'languageChanged']);

const SETTINGS_KEY = Symbol('advisorTurnSettings');

interface DialogStore {
  flow?: AdvisorState;
  /**
   * Id of the message holding the case's live card (Teams): the last case card posted, or the one
   * a click last updated in place. A typed answer turns it into a receipt; a refresh of any other
   * message shows that it belongs to an earlier case.
   */
  questionActivityId?: string;
  /** The rows of the latest verdict messages by id (Teams, Copilot), for feedback on them. */
  verdicts?: VerdictMessage[];
}

export interface AdvisorDialogOptions {
  preset: Answers;
  /** The edition of the policy every answer comes from. */
  edition: EditionId;
  newConsultationId: () => string;
}

export class AdvisorDialog extends Dialog {
  constructor(private readonly options: AdvisorDialogOptions) {
    super(ADVISOR_DIALOG_ID);
  }

  private dialogs?: { accessor: StatePropertyAccessor<DialogState>; set: DialogSet };

  /**
   * Runs one turn: continues the conversation, or starts it on first contact.
   *
   * The advisor's state lives in botbuilder-dialogs' DialogState, so the dialog also runs inside
   * any DialogSet (beginDialog/continueDialog below). When the stack holds only the advisor, as
   * it does in this bot after the first turn, the advisor is continued in place: a DialogContext
   * builds a DialogStateManager on every turn (component registration, memory scopes, the
   * turn.activity path), the largest single cost of a turn of its own (bench/README.md) and which the advisor never
   * reads.
   */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, settings: TurnSettings): Promise<void> {
    if (settings.inPlace?.viewOnly) return this.view(context, accessor, settings, settings.inPlace);
    const state = await accessor.get(context, { dialogStack: [] });
    const stack = Array.isArray(state.dialogStack) ? state.dialogStack : [];
    const only = stack.length === 1 ? stack[0] : undefined;
    if (only?.id === ADVISOR_DIALOG_ID && isRecord(only.state)) {
      await this.turn(context, only.state as DialogStore, settings);
      return;
    }
    context.turnState.set(SETTINGS_KEY, settings);
    const dc = await this.contextFor(context, accessor);
    if (dc.activeDialog?.id === ADVISOR_DIALOG_ID) await dc.continueDialog();
    else await dc.beginDialog(ADVISOR_DIALOG_ID);
  }

  /** A DialogContext over the conversation's dialog state, for the turns that need the stack. */
  private async contextFor(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<DialogContext> {
    // The dialog set holds no per-turn data; build it once per state accessor.
    if (this.dialogs?.accessor !== accessor) {
      const set = new DialogSet(accessor);
      set.add(this);
      this.dialogs = { accessor, set };
    }
    return this.dialogs.set.createContext(context);
  }

  /**
   * A person's reaction to a verdict message of this conversation, kept with the verdict (so it
   * counts once per person, and the conversation's state is saved with it): what to count.
   */
  async react(
    context: TurnContext,
    accessor: StatePropertyAccessor<DialogState>,
    activityId: string,
    userId: string,
    reaction: Reaction,
  ): Promise<ReactionCount> {
    // Read without a default: a conversation with no advisor in it gets nothing added.
    return react(advisorStoreOf(await accessor.get(context)), activityId, userId, reaction);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.dialogTurn(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.dialogTurn(dc);
  }

  private async dialogTurn(dc: DialogContext): Promise<DialogTurnResult> {
    const settings = dc.context.turnState.get(SETTINGS_KEY) as TurnSettings | undefined;
    if (!settings) throw new Error('AdvisorDialog needs its turn settings: start it with AdvisorDialog.run');
    const instance = dc.activeDialog!;
    if (!isRecord(instance.state)) instance.state = {};
    await this.turn(dc.context, instance.state as DialogStore, settings);
    // The advisor stays active between cases.
    return Dialog.EndOfTurn;
  }

  /** The flow's context per language and kind of conversation: a handful of fixed combinations. */
  private readonly flowContexts = new Map<string, FlowContext>();

  private flowContext(locale: LocaleTag, shared: boolean): FlowContext {
    const key = `${locale}|${shared}`;
    let ctx = this.flowContexts.get(key);
    if (!ctx) {
      ctx = flowContextFor({ locale, edition: this.options.edition, preset: this.options.preset, shared, newConsultationId: this.options.newConsultationId });
      this.flowContexts.set(key, ctx);
    }
    return ctx;
  }

  /**
   * A card asked for again (Teams' refresh when the asker's client shows it, a manual refresh, or
   * a retried click): the case as it stands for this viewer, read without a default so that
   * nothing is added to the state and nothing is written.
   */
  private async view(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, settings: TurnSettings, inPlace: InPlaceAnswer): Promise<void> {
    const store = advisorStoreOf(await accessor.get(context));
    const live = inPlace.cardId === undefined || store?.questionActivityId === undefined || store.questionActivityId === inPlace.cardId;
    const reply = viewFor(store?.flow, settings.user, this.flowContext(settings.locale, settings.shared), live);
    inPlace.answer(inPlaceCard(withLink(reply, settings), surfaceOf(context.activity), settings.locale, store?.flow?.asker?.id));
  }

  private async turn(context: TurnContext, store: DialogStore, settings: TurnSettings): Promise<void> {
    const ctx = this.flowContext(settings.locale, settings.shared);
    const result = handleTurn(store.flow, settings.input, ctx, settings.user);
    store.flow = result.state;

    let locale = settings.locale;
    if (result.locale && result.locale !== locale) {
      locale = result.locale;
      await settings.setLocale(locale);
    }
    // For the host's telemetry (span attributes, outcome counts): ids only.
    context.turnState.set(TURN_FACTS, turnFactsOf(result, locale));
    await this.send(context, store, result, locale, ctx, settings);
  }

  private async send(context: TurnContext, store: DialogStore, result: FlowResult, locale: LocaleTag, ctx: FlowContext, settings: TurnSettings): Promise<void> {
    const catalog = catalogFor(locale);
    // Microsoft 365 Copilot is Teams' channel to the SDK, but a channel of its own to the flow.
    const channelId = surfaceOf(context.activity);
    const inPlace = settings.inPlace;
    let replies = result.replies.map((reply) => withLink(reply, settings));

    if (inPlace) {
      // A click on a card of the case (its data carries the step token) turns it into the turn's
      // last card: the next step of the case, in place. A click on another card (the greeting,
      // help, the language picker) turns it into the turn's first card (help, the picker, the case
      // after a language is chosen). With no card among the replies (a text summary), the case as
      // it stands. Everything else is a new message; nothing is edited.
      const data = settings.input.kind === 'submit' ? settings.input.data : undefined;
      const onCaseCard = isRecord(data) && typeof data.token === 'string';
      const isCard = (r: Reply): boolean => !TEXT_REPLIES.has(r.kind);
      const at = onCaseCard ? lastIndexWhere(replies, isCard) : replies.findIndex(isCard);
      const shown = at >= 0 ? replies[at]! : withLink(currentView(result.state, ctx), settings);
      if (at >= 0 && shown.kind === 'result' && result.answered && hasFeedbackLoop(channelId)) {
        // The verdict a click reaches comes as a message of its own where the host shows sources
        // and feedback buttons: only a message carries them (entities, channel data), an updated
        // card cannot. The clicked question card becomes its receipt, as a typed answer's does.
        inPlace.answer(cardOfActivity(toActivity(answeredView(result.answered.question, result.answered.option, catalog), channelId, locale), 'answered'));
      } else {
        if (at >= 0) replies = replies.filter((_, i) => i !== at);
        inPlace.answer(inPlaceCard(shown, channelId, locale, result.state.asker?.id));
        if (inPlace.cardId && CASE_REPLIES.has(shown.kind)) store.questionActivityId = inPlace.cardId;
      }
    } else if (result.answered && canUpdateMessages(channelId)) {
      // Typed answers (and Action.Submit clicks on cards sent before Universal Actions): the
      // answered card becomes a receipt, as it cannot be answered in place.
      const target = context.activity.value !== undefined ? context.activity.replyToId : store.questionActivityId;
      if (target) await replaceWithReceipt(context, target, answeredView(result.answered.question, result.answered.option, catalog), locale);
    }

    const asker = result.state.asker?.id;
    const activities = replies.map((reply) => withRefreshFor(replyActivity(reply, channelId, locale), channelId, asker));
    if (activities.length === 0) return;
    // Kept only where the card can become a receipt. A reply's id is known only after delivery,
    // so keeping it costs a second state write per turn (reliableTurns.ts), which Web Chat and
    // Direct Line would pay for nothing.
    if (canUpdateMessages(channelId)) {
      const lastQuestion = lastIndexWhere(replies, (r) => CASE_REPLIES.has(r.kind));
      // A copy: the built activity is shared by every turn that shows the same reply.
      if (lastQuestion >= 0) {
        // The new message holds the live card once delivered (its id is known only then).
        store.questionActivityId = undefined;
        activities[lastQuestion] = { ...activities[lastQuestion] };
        onReplyDelivered(context, activities[lastQuestion]!, (id) => {
          store.questionActivityId = id;
        });
      }
    }
    if (hasFeedbackLoop(channelId)) rememberVerdicts(context, store, replies, activities);
    await context.sendActivities(activities);
  }
}

/** The advisor's own store in a conversation's dialog state, if it has one. */
function advisorStoreOf(state: DialogState | undefined): DialogStore | undefined {
  const stack = state && Array.isArray(state.dialogStack) ? state.dialogStack : [];
  const instance = stack.find((i) => i?.id === ADVISOR_DIALOG_ID);
  return instance && isRecord(instance.state) ? (instance.state as DialogStore) : undefined;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}

/** The read-only view's link to a case of the viewer's own, where the host has one. */
function withLink(reply: Reply, settings: Pick<TurnSettings, 'ownCaseUrl'>): Reply {
  return reply.kind === 'caseView' && settings.ownCaseUrl ? { ...reply, ownCaseUrl: settings.ownCaseUrl } : reply;
}

/** The card of a reply, for an invoke's answer, as the asker's view where the channel has per-viewer views. */
function inPlaceCard(reply: Reply, channelId: string | undefined, locale: LocaleTag, askerId: string | undefined): AdaptiveCard {
  return withRefresh(cardOfActivity(replyActivity(reply, channelId, locale), reply.kind), channelId, askerId);
}

/** The Adaptive Card a message carries (every reply but plain text has one). */
function cardOfActivity(activity: Partial<Activity>, kind: string): AdaptiveCard {
  const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)?.content as AdaptiveCard | undefined;
  if (!card) throw new Error(`reply ${kind} has no card to answer a card action with`);
  return card;
}

/**
 * A kept message with its card as the asker's view (refresh naming them). Copies only the objects
 * on the way to the card: the kept message is shared by every turn that shows the same reply.
 */
function withRefreshFor(activity: Partial<Activity>, channelId: string | undefined, askerId: string | undefined): Partial<Activity> {
  const attachments = activity.attachments;
  if (!askerId || !attachments || attachments.length !== 1 || attachments[0]!.contentType !== ADAPTIVE_CARD_CONTENT_TYPE) return activity;
  const card = attachments[0]!.content as AdaptiveCard;
  const refreshed = withRefresh(card, channelId, askerId);
  return refreshed === card ? activity : { ...activity, attachments: [{ ...attachments[0]!, content: refreshed }] };
}

/** The message for a reply, built once per reply, language and channel form, then reused. */
function replyActivity(reply: Reply, channelId: string | undefined, locale: LocaleTag): Partial<Activity> {
  return keptReply(reply, locale, `activity:${channelForm(channelId)}`, (shown) => activityFor(shown, channelId, locale));
}

async function replaceWithReceipt(context: TurnContext, activityId: string, view: CardView, locale: LocaleTag): Promise<void> {
  const update: Partial<Activity> = { ...toActivity(view, context.activity.channelId, locale), id: activityId, type: ActivityTypes.Message };
  try {
    await context.updateActivity(update);
  } catch {
    // The card may be gone or too old to edit; the step token still guards against re-use.
  }
}
