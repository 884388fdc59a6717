// A follow-up, sent proactively into the conversation where its action started: a turn of its own
// through the adapter's continueConversation (Teams and Azure Direct Line with a registration; the
// local Direct Line's bridge without one), in the owner's language, mentioning the owner in a group
// chat or channel. The turn also brings the action card's record up to date (the GDAP card's
// relationship now active, so Assign access works on it). A connector that answers 403 or 404 (the
// bot was uninstalled or blocked, the conversation is gone) means the item cannot be reached: no
// retries; nor can a conversation whose service URL is no channel's, to which no token is ever
// sent (connector/channelHosts.ts). Anything else (5xx, a timeout, the state store busy) is tried
// again later. What the message says and whom it mentions, the record's new status, the delivery
// keys and what a failure means are pure (conversation/followUps/followUpMessage.ts), and so are
// the turn's steps around its sends (conversation/followUps/proactiveTurn.ts).
import { Activity, ConversationReference, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { deliveryKey, type FollowUp, type OpenItem } from '../../domain/cases';
import { catalogFor } from '../../domain/textCatalog';
import { readRecord } from '../../conversation/actions/actionRecords';
import { followUpCard } from '../../conversation/followUps/followUpCards';
import {
  changesCardStatus,
  deliveredAlready,
  deliveryAfterError,
  followUpViewOf,
  mentioned,
  withDeliveryKey,
} from '../../conversation/followUps/followUpMessage';
import { assignsFirst, proactiveStep, recordForFollowUp, referenceOf, sentAs, statusOf } from '../../conversation/followUps/proactiveTurn';
import { activityFor } from '../../conversation/cards/messages';
import { surfaceOf } from '../replies/surface';
import { ActionsStore } from '../actions/actionTurn';
import { conversationStores } from '../state/conversationStores';
import type { Messenger } from './followUps';
import type { Delivery } from '../../conversation/followUps/followUpMessage';
import { tracedCase } from './followUpTelemetry';
import { isRefusedServiceUrl } from '../connector/channelHosts';
import { AdvisorTurnState, turnStateOf } from '../context/turnState';
import type { ApprovalOutcome } from '../../conversation/followUps/approvalAssignMachine';
import type { ApprovalAssigner } from './approvalAssign';

/** Runs `logic` as a turn in the conversation a reference names (the host's adapter, or the local Direct Line's bridge). */
export type ContinueConversation = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

export interface ProactiveOptions {
  continueConversation: ContinueConversation;
  /**
   * Runs a turn through the bot (its route table), as a user's turn runs: the follow-up's route comes
   * back to run(). Without it (a messenger tested on its own) the turn runs run() directly.
   */
  runTurn?: (context: TurnContext) => Promise<void>;
  /** The conversation state the actions keep their cards in (to update the card's record). */
  conversationState: { createProperty<T>(name: string): StatePropertyAccessor<T>; saveChanges(context: TurnContext, force?: boolean): Promise<void> };
  now?: () => number;
  /** Assign on approval (ASSIGN_ON_APPROVAL): an approval whose request asked for it assigns first (approvalAssign.ts). */
  approval?: Pick<ApprovalAssigner, 'run'>;
}

/** Where the item's conversation is (proactiveTurn.ts), as the adapter takes it. */
const referenceFor = (item: OpenItem): Partial<ConversationReference> => referenceOf(item) as Partial<ConversationReference>;

export class ProactiveMessenger implements Messenger {
  private readonly cards: StatePropertyAccessor<ActionsStore>;
  private readonly delivered: StatePropertyAccessor<string[]>;
  private readonly now: () => number;
  /** What a follow-up's turn found, when not simply sent: access assigned, or the approval held back (read by send). */
  private readonly outcomes = new WeakMap<object, Delivery>();

  constructor(private readonly options: ProactiveOptions) {
    const stores = conversationStores(options.conversationState);
    this.cards = stores.actions;
    this.delivered = stores.followUpsDelivered;
    this.now = options.now ?? Date.now;
  }

  async send(item: OpenItem, followUp: FollowUp): Promise<Delivery> {
    const turn = { item, followUp };
    try {
      await tracedCase('follow_up.send', { 'advisor.case.kind': item.kind, 'advisor.follow_up': followUp }, () =>
        this.options.continueConversation(referenceFor(item), (context) => this.start(context, turn)),
      );
      return this.outcomes.get(turn) ?? 'sent';
    } catch (error) {
      return deliveryAfterError(statusOf(error), isRefusedServiceUrl(error));
    }
  }

  /** A line of text to the item's owner in its conversation (that it cannot be followed): sent once, whatever comes of it. */
  async notice(item: OpenItem, text: string): Promise<Delivery> {
    try {
      await this.options.continueConversation(referenceFor(item), (context) => this.start(context, { item, notice: text }));
      return 'sent';
    } catch (error) {
      return deliveryAfterError(statusOf(error), false);
    }
  }

  /** The proactive turn, marked as the bot's own in its state, run through the bot's route table. */
  private start(context: TurnContext, turn: NonNullable<AdvisorTurnState['followUp']>): Promise<void> {
    turnStateOf(context).followUp = turn;
    return this.options.runTurn ? this.options.runTurn(context) : this.run(context);
  }

  /** The follow-ups' route (routes/table.ts): the turn's follow-up, or its line. */
  async run(context: TurnContext): Promise<void> {
    const turn = turnStateOf(context).followUp;
    if (!turn) return;
    if ('notice' in turn) await context.sendActivity(mentioned(turn.item, { type: 'message', text: turn.notice }, turn.notice));
    else await this.turn(context, turn.item, turn.followUp, turn);
  }

  /**
   * The proactive turn: the card's record first (saved with the turn), then the message, then its
   * delivery key in the conversation's state: a try of the same follow-up again (its process died
   * before the item noted it sent) finds the key and sends nothing.
   */
  private async turn(context: TurnContext, item: OpenItem, followUp: FollowUp, ref: object): Promise<void> {
    const key = deliveryKey(item, followUp);
    const delivered = deliveredAlready(await this.delivered.get(context, []), key);
    // Assign on approval: the machine decides, told already included; anything else told already goes no further.
    const approval = this.options.approval;
    const assigning = approval && assignsFirst(followUp, item, true) ? await approval.run(context, item, delivered) : undefined;
    const step = proactiveStep(assigning, delivered);
    if (step === 'stop') return;
    if (step === 'later') return void this.outcomes.set(ref, 'later');
    const assigned = typeof assigning === 'object' ? assigning : undefined;
    if (changesCardStatus(followUp)) {
      const store = await this.cards.get(context, {});
      const record = recordForFollowUp(readRecord(store.cards?.[item.cardId]), followUp, assigned, this.now());
      if (record) {
        store.cards = { ...store.cards, [item.cardId]: record };
        await this.options.conversationState.saveChanges(context);
      }
    }
    await context.sendActivity(this.activity(context, item, followUp, assigned?.outcome));
    await this.delivered.set(context, withDeliveryKey(await this.delivered.get(context, []), key));
    await this.options.conversationState.saveChanges(context);
    if (sentAs(assigned) === 'assigned') this.outcomes.set(ref, 'assigned');
  }

  activity(context: TurnContext, item: OpenItem, followUp: FollowUp, outcome?: ApprovalOutcome): Partial<Activity> {
    const shown = followUpCard(followUpViewOf(item, followUp, this.now(), outcome), catalogFor(item.locale), item.locale);
    const activity = activityFor({ kind: 'notice', card: shown.card, fallbackText: shown.summary }, surfaceOf(context.activity), item.locale);
    return mentioned(item, activity, shown.summary);
  }
}
