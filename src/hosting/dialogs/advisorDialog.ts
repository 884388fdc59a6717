// The botbuilder-dialogs host of the advisor flow: reads the turn's input, runs the pure flow,
// keeps its state in the dialog stack and sends the replies as cards in the user's language.
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogSet, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { StatePropertyAccessor } from 'botbuilder';
import { availableLocales, catalogFor } from '../../domain/content';
import { DEFAULT_LOCALE, LocaleTag } from '../../domain/locales';
import { Answers } from '../../domain/questions';
import { isRecord } from '../../domain/records';
import { AdvisorState, FlowContext, FlowInput, FlowResult, Reply, handleTurn } from '../../conversation/flow';
import { answeredView, CardView } from '../../conversation/viewModels';
import { activityFor, toActivity } from '../replies/activities';
import { keptReply } from '../../conversation/replyCardCache';
import { canUpdateMessages, channelForm } from '../../conversation/channelFeatures';
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
}

const SETTINGS_KEY = Symbol('advisorTurnSettings');

interface DialogStore {
  flow?: AdvisorState;
  /** Id of the last question card sent (Teams), so a typed answer can still turn it into a receipt. */
  questionActivityId?: string;
}

export interface AdvisorDialogOptions {
  preset: Answers;
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
      // The resources a turn in a language reads: its own, English for product words, all for commands.
      ctx = {
        catalog: catalogFor(locale),
        fallbackCatalogs: locale === DEFAULT_LOCALE ? [] : [catalogFor(DEFAULT_LOCALE)],
        commandCatalogs: availableLocales().filter((l) => l !== locale).map(catalogFor),
        locale,
        preset: this.options.preset,
        welcomeFirstMessage: !shared,
        newConsultationId: this.options.newConsultationId,
      };
      this.flowContexts.set(key, ctx);
    }
    return ctx;
  }

  private async turn(context: TurnContext, store: DialogStore, settings: TurnSettings): Promise<void> {
    const result = handleTurn(store.flow, settings.input, this.flowContext(settings.locale, settings.shared));
    store.flow = result.state;

    let locale = settings.locale;
    if (result.locale && result.locale !== locale) {
      locale = result.locale;
      await settings.setLocale(locale);
    }
    // For the host's telemetry (span attributes, outcome counts): ids only.
    context.turnState.set(TURN_FACTS, turnFactsOf(result, locale));
    await this.send(context, store, result, locale);
  }

  private async send(context: TurnContext, store: DialogStore, result: FlowResult, locale: LocaleTag): Promise<void> {
    const catalog = catalogFor(locale);
    const channelId = context.activity.channelId;

    if (result.answered && canUpdateMessages(channelId)) {
      const target = context.activity.value !== undefined ? context.activity.replyToId : store.questionActivityId;
      if (target) await replaceWithReceipt(context, target, answeredView(result.answered.question, result.answered.option, catalog), locale);
    }

    const activities = result.replies.map((reply) => replyActivity(reply, channelId, locale));
    if (activities.length === 0) return;
    // Kept only where the card can become a receipt. A reply's id is known only after delivery,
    // so keeping it costs a second state write per turn (reliableTurns.ts), which Web Chat and
    // Direct Line would pay for nothing.
    if (canUpdateMessages(channelId)) {
      store.questionActivityId = undefined;
      const lastQuestion = result.replies.map((r) => r.kind).lastIndexOf('question');
      // A copy: the built activity is shared by every turn that shows the same reply.
      if (lastQuestion >= 0) {
        activities[lastQuestion] = { ...activities[lastQuestion] };
        onReplyDelivered(context, activities[lastQuestion]!, (id) => {
          store.questionActivityId = id;
        });
      }
    }
    await context.sendActivities(activities);
  }
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
