// The botbuilder-dialogs host of the advisor flow: load the advisor's store, run the pure flow,
// present its result (conversation/present.ts), send what that says in the user's language.
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogSet } from '../sdkInternals';
import type { EditionId } from '../../domain/editions';
import { Answers } from '../../domain/questions';
import { isRecord } from '../../domain/records';
import { flowContexts } from '../../conversation/flowContext';
import { handleTurn, viewFor } from '../../conversation/flow';
import { present, withLink } from '../../conversation/present';
import { turnFactsOf } from '../../conversation/turnFacts';
import { turnStateOf } from '../context/turnState';
import { surfaceOf } from '../replies/surface';
import { replyCard } from '../replies/replyMessages';
import { deliveryOf, sendPresentation } from './sendPresentation';
import { ADVISOR_DIALOG_ID, AdvisorStore, advisorStoreOf, InPlaceAnswer, TurnSettings } from './turnSettings';
import { Reaction, ReactionCount, react } from './verdictMessages';
import type { DeploymentContent } from '../../domain/deploymentContent';

export type { InPlaceAnswer, TurnSettings } from './turnSettings';

const SETTINGS_KEY = Symbol('advisorTurnSettings');

export interface AdvisorDialogOptions {
  preset: Answers;
  /** The edition of the policy every answer comes from. */
  edition: EditionId;
  newConsultationId: () => string;
  /** The partner's overlay and the rows due for review (CONTENT_OVERLAY, POLICY_REVIEW_MAX_AGE_DAYS). */
  content?: DeploymentContent;
  /** Results offer the Partner Center actions (the deployment signs partners in for them). */
  partnerActions?: boolean;
}

export class AdvisorDialog extends Dialog {
  private readonly flowContext: ReturnType<typeof flowContexts>;
  private dialogs?: { accessor: StatePropertyAccessor<DialogState>; set: DialogSet };

  constructor(options: AdvisorDialogOptions) {
    super(ADVISOR_DIALOG_ID);
    this.flowContext = flowContexts(options);
  }

  /**
   * Runs one turn. The store lives in DialogState, so the advisor also runs inside any DialogSet;
   * when the stack holds only the advisor (every turn after the first) it is continued in place,
   * and on an empty stack (a conversation's first turn) begun in place, as DialogContext's
   * beginDialog pushes it, without the DialogContext whose memory scopes cost more than the rest
   * of the turn (bench/README.md).
   */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, settings: TurnSettings): Promise<void> {
    if (settings.inPlace?.viewOnly) return this.view(context, accessor, settings, settings.inPlace);
    const stack = (await accessor.get(context, { dialogStack: [] })).dialogStack;
    if (Array.isArray(stack) && stack.length === 0) {
      const begun = { id: ADVISOR_DIALOG_ID, state: {} };
      stack.push(begun);
      return this.turn(context, begun.state as AdvisorStore, settings);
    }
    const only = Array.isArray(stack) && stack.length === 1 ? stack[0] : undefined;
    if (only?.id === ADVISOR_DIALOG_ID && isRecord(only.state)) return this.turn(context, only.state as AdvisorStore, settings);
    context.turnState.set(SETTINGS_KEY, settings);
    if (this.dialogs?.accessor !== accessor) {
      const set = new DialogSet(accessor);
      set.add(this);
      this.dialogs = { accessor, set };
    }
    const dc = await this.dialogs.set.createContext(context);
    if (dc.activeDialog?.id === ADVISOR_DIALOG_ID) await dc.continueDialog();
    else await dc.beginDialog(ADVISOR_DIALOG_ID);
  }

  /** A person's reaction to a verdict message of this conversation, kept with the verdict: what to count. */
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
    await this.turn(dc.context, instance.state as AdvisorStore, settings);
    // The advisor stays active between cases.
    return Dialog.EndOfTurn;
  }

  /** A card asked for again (Teams' refresh, a retried click): the case for this viewer, read without a default (nothing added or written). */
  private async view(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, settings: TurnSettings, inPlace: InPlaceAnswer): Promise<void> {
    const store = advisorStoreOf(await accessor.get(context));
    const live = inPlace.cardId === undefined || store?.questionActivityId === undefined || store.questionActivityId === inPlace.cardId;
    const reply = viewFor(store?.flow, settings.user, this.flowContext(settings.locale, settings.shared), live);
    inPlace.answer(replyCard(withLink(reply, settings.ownCaseUrl), surfaceOf(context.activity), settings.locale, store?.flow?.asker?.id));
  }

  private async turn(context: TurnContext, store: AdvisorStore, settings: TurnSettings): Promise<void> {
    const ctx = this.flowContext(settings.locale, settings.shared);
    const result = handleTurn(store.flow, settings.input, ctx, settings.user);
    store.flow = result.state;
    let locale = settings.locale;
    if (result.locale && result.locale !== locale) {
      locale = result.locale;
      await settings.setLocale(locale);
    }
    // For the host's telemetry (span attributes, outcome counts): ids only.
    turnStateOf(context).facts = turnFactsOf(result, locale);
    const channelId = surfaceOf(context.activity);
    const plan = present(result, deliveryOf(context, store, settings, channelId), ctx);
    await sendPresentation(context, store, plan, { channelId, locale, ...(settings.inPlace ? { click: settings.inPlace } : {}) });
  }
}
