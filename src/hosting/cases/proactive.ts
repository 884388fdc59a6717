// A follow-up, sent proactively into the conversation where its action started: a turn of its own
// through the adapter's continueConversation (Teams and Azure Direct Line with a registration; the
// local Direct Line's bridge without one), in the owner's language, mentioning the owner in a group
// chat or channel. The turn also brings the action card's record up to date (the GDAP card's
// relationship now active, so Assign access works on it). A connector that answers 403 or 404 (the
// bot was uninstalled or blocked, the conversation is gone) means the item cannot be reached: no
// retries; nor can a conversation whose service URL is no channel's, to which no token is ever
// sent (connector/channelHosts.ts). Anything else (5xx, a timeout, the state store busy) is tried
// again later.
import { Activity, ConversationReference, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { deliveryKey, endedAfterApproval, type FollowUp, type OpenItem } from '../../domain/cases';
import { autoExtendOffer } from '../../domain/relationshipHealth';
import { catalogFor } from '../../domain/textCatalog';
import { isRecord } from '../../domain/records';
import { readRecord } from '../../conversation/actionRecords';
import { followUpCard } from '../../conversation/followUpCards';
import { activityFor } from '../replies/activities';
import { surfaceOf } from '../replies/surface';
import { ActionsStore } from '../actions/actionTurn';
import { conversationStores } from '../state/conversationStores';
import type { Delivery, Messenger } from './followUps';
import { tracedCase } from './followUpTelemetry';
import { isRefusedServiceUrl } from '../connector/channelHosts';
import { AdvisorTurnState, turnStateOf } from '../context/turnState';

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
}

/** The status each outcome leaves on the action card's record, as Graph or Partner Center names it. */
const CARD_STATUS: Partial<Record<FollowUp, { requestGdap?: string; startTransfer?: string }>> = {
  approved: { requestGdap: 'active' },
  expired: { requestGdap: 'expired', startTransfer: 'Expired' },
  terminated: { requestGdap: 'terminated' },
  completed: { startTransfer: 'Complete' },
  cancelled: { startTransfer: 'Canceled' },
};

/** Delivery keys a conversation remembers (the newest): far more than follow-ups in flight at once. */
const DELIVERED_KEYS = 50;

/** The HTTP status somewhere in an error's causes (the connector's RestError, wrapped by the turn runner). */
export function statusOf(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; isRecord(e) && depth < 5; e = e.cause, depth++) {
    const status = e.statusCode ?? e.status ?? (isRecord(e.response) ? e.response.status : undefined);
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/**
 * Where the item's conversation is, without the id of the activity the action answered: a
 * continuation carrying it would be taken for that activity delivered again (and acknowledged
 * without a reply by the turn runner).
 */
function referenceOf(item: OpenItem): Partial<ConversationReference> {
  const { activityId: _answered, ...reference } = item.conversation as Partial<ConversationReference>;
  return reference;
}

/** The owner's name as a Teams mention writes it: no angle brackets, never empty. */
const mentionName = (item: OpenItem): string => (item.owner.name ?? '').replace(/[<>]/g, '').trim() || item.owner.id;

export class ProactiveMessenger implements Messenger {
  private readonly cards: StatePropertyAccessor<ActionsStore>;
  private readonly delivered: StatePropertyAccessor<string[]>;
  private readonly now: () => number;

  constructor(private readonly options: ProactiveOptions) {
    const stores = conversationStores(options.conversationState);
    this.cards = stores.actions;
    this.delivered = stores.followUpsDelivered;
    this.now = options.now ?? Date.now;
  }

  async send(item: OpenItem, followUp: FollowUp): Promise<Delivery> {
    try {
      await tracedCase('follow_up.send', { 'advisor.case.kind': item.kind, 'advisor.follow_up': followUp }, () =>
        this.options.continueConversation(referenceOf(item), (context) => this.start(context, { item, followUp })),
      );
      return 'sent';
    } catch (error) {
      const status = statusOf(error);
      return status === 403 || status === 404 || isRefusedServiceUrl(error) ? 'unreachable' : 'retry';
    }
  }

  /** A line of text to the item's owner in its conversation (that it cannot be followed): sent once, whatever comes of it. */
  async notice(item: OpenItem, text: string): Promise<Delivery> {
    try {
      await this.options.continueConversation(referenceOf(item), (context) => this.start(context, { item, notice: text }));
      return 'sent';
    } catch (error) {
      const status = statusOf(error);
      return status === 403 || status === 404 ? 'unreachable' : 'retry';
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
    if ('notice' in turn) await context.sendActivity(this.mention(turn.item, { type: 'message', text: turn.notice }, turn.notice));
    else await this.turn(context, turn.item, turn.followUp);
  }

  /**
   * The proactive turn: the card's record first (saved with the turn), then the message, then its
   * delivery key in the conversation's state: a try of the same follow-up again (its process died
   * before the item noted it sent) finds the key and sends nothing.
   */
  private async turn(context: TurnContext, item: OpenItem, followUp: FollowUp): Promise<void> {
    const key = deliveryKey(item, followUp);
    const delivered = await this.delivered.get(context, []);
    if (Array.isArray(delivered) && delivered.includes(key)) return;
    const status = CARD_STATUS[followUp];
    if (status) {
      const store = await this.cards.get(context, {});
      const record = readRecord(store.cards?.[item.cardId]);
      const next = record?.stage === 'done' && record.kind !== 'invitationLink' ? status[record.kind] : undefined;
      if (record && next && record.stage === 'done' && record.kind !== 'invitationLink') {
        store.cards = { ...store.cards, [item.cardId]: { ...record, status: next, checkedAt: this.now() } };
        await this.options.conversationState.saveChanges(context);
      }
    }
    await context.sendActivity(this.activity(context, item, followUp));
    const keys = await this.delivered.get(context, []);
    await this.delivered.set(context, [...(Array.isArray(keys) ? keys : []).filter((k) => k !== key), key].slice(-DELIVERED_KEYS));
    await this.options.conversationState.saveChanges(context);
  }

  activity(context: TurnContext, item: OpenItem, followUp: FollowUp): Partial<Activity> {
    const c = catalogFor(item.locale);
    const view = {
      followUp,
      kind: item.kind,
      itemId: item.id,
      customer: item.customer,
      createdAt: item.createdAt,
      // Before a relationship's end: its end date, and whether auto-extend is open to it.
      deadline: followUp === 'endsSoon' && item.endsAt !== undefined ? item.endsAt : item.deadline,
      now: this.now(),
      ended: endedAfterApproval(item),
      ...(item.transferProducts ? { products: item.transferProducts } : {}),
      ...(followUp === 'endsSoon'
        ? { autoExtend: autoExtendOffer({ autoExtends: item.autoExtends ?? false, globalAdministrator: item.globalAdministrator ?? false }) }
        : {}),
    };
    const shown = followUpCard(view, c, item.locale);
    const activity = activityFor({ kind: 'notice', card: shown.card, fallbackText: shown.summary }, surfaceOf(context.activity), item.locale);
    return this.mention(item, activity, shown.summary);
  }

  /** In a group chat or channel the owner is named, so Teams notifies them (a mention entity and its <at> text). */
  private mention(item: OpenItem, activity: Partial<Activity>, summary: string): Partial<Activity> {
    if (!item.shared) return activity;
    const name = mentionName(item);
    const at = `<at>${name}</at>`;
    return {
      ...activity,
      text: `${at} ${summary}`,
      entities: [...(activity.entities ?? []), { type: 'mention', text: at, mentioned: { id: item.owner.id, name } }],
    };
  }
}
