// A follow-up as its proactive turn shows it: what its card says (the item's facts, the end date
// before a relationship ends and whether auto-extend is open), the owner mentioned in a shared chat
// (Teams notifies them), the status the action card's record takes from it, whether a delivery key
// says it went already, and what a failed send means for the item. Pure: the proactive turn
// (hosting/cases/proactive.ts) reads the conversation's state, sends and saves.
import { endedAfterApproval, type FollowUp, type OpenItem } from '../../domain/cases';
import { autoExtendOffer } from '../../domain/relationshipHealth';
import type { ActionRecord } from '../actions/actionRecords';
import type { FollowUpView } from './followUpCards';

/** How a follow-up went: delivered; refused for good (the bot was removed or blocked); or not now (tried again later). */
export type Delivery = 'sent' | 'unreachable' | 'retry';

/** Delivery keys a conversation remembers (the newest): far more than follow-ups in flight at once. */
export const DELIVERED_KEYS = 50;

/** The status each outcome leaves on the action card's record, as Graph or Partner Center names it. */
const CARD_STATUS: Partial<Record<FollowUp, { requestGdap?: string; startTransfer?: string }>> = {
  approved: { requestGdap: 'active' },
  expired: { requestGdap: 'expired', startTransfer: 'Expired' },
  terminated: { requestGdap: 'terminated' },
  completed: { startTransfer: 'Complete' },
  cancelled: { startTransfer: 'Canceled' },
};

/** Whether the follow-up changes an action card's record at all (only then is the card's record read). */
export const changesCardStatus = (followUp: FollowUp): boolean => CARD_STATUS[followUp] !== undefined;

/** The follow-up's card, from the item. */
export function followUpViewOf(item: OpenItem, followUp: FollowUp, now: number): FollowUpView {
  return {
    followUp,
    kind: item.kind,
    itemId: item.id,
    customer: item.customer,
    createdAt: item.createdAt,
    // Before a relationship's end: its end date, and whether auto-extend is open to it.
    deadline: followUp === 'endsSoon' && item.endsAt !== undefined ? item.endsAt : item.deadline,
    now,
    ended: endedAfterApproval(item),
    ...(item.transferProducts ? { products: item.transferProducts } : {}),
    ...(followUp === 'endsSoon'
      ? { autoExtend: autoExtendOffer({ autoExtends: item.autoExtends ?? false, globalAdministrator: item.globalAdministrator ?? false }) }
      : {}),
  };
}

/** The action card's record brought up to date by the follow-up (the GDAP card's relationship active, so Assign access works); undefined when it does not change. */
export function recordAfterFollowUp(record: ActionRecord | undefined, followUp: FollowUp, now: number): ActionRecord | undefined {
  if (record?.stage !== 'done' || record.kind === 'invitationLink') return undefined;
  const status = CARD_STATUS[followUp]?.[record.kind];
  return status ? { ...record, status, checkedAt: now } : undefined;
}

/** The keys a conversation remembers once a follow-up went: this one last, the newest DELIVERED_KEYS kept. */
export function withDeliveryKey(stored: unknown, key: string): string[] {
  const keys = Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
  return [...keys.filter((k) => k !== key), key].slice(-DELIVERED_KEYS);
}

/** Whether the conversation's keys say this follow-up went already (its process died before the item noted it sent). */
export const deliveredAlready = (stored: unknown, key: string): boolean => Array.isArray(stored) && stored.includes(key);

/**
 * What a failed send means: a connector answering 403 or 404 (the bot uninstalled or blocked, the
 * conversation gone), or a service URL that is no channel's (no token is ever sent there), cannot
 * be reached, and nothing more is sent; anything else (5xx, a timeout, the state store busy) is
 * tried again later.
 */
export const deliveryAfterError = (status: number | undefined, refusedServiceUrl: boolean): Delivery =>
  status === 403 || status === 404 || refusedServiceUrl ? 'unreachable' : 'retry';

/** A message activity's parts that a mention changes. */
export interface Mentionable {
  text?: string;
  entities?: unknown[];
}

/** The owner's name as a Teams mention writes it: no angle brackets, never empty. */
const mentionName = (item: Pick<OpenItem, 'owner'>): string => (item.owner.name ?? '').replace(/[<>]/g, '').trim() || item.owner.id;

/** In a group chat or channel the owner is named, so Teams notifies them (a mention entity and its <at> text); elsewhere the activity as it is. */
export function mentioned<A extends Mentionable>(item: Pick<OpenItem, 'owner' | 'shared'>, activity: A, summary: string): A {
  if (!item.shared) return activity;
  const name = mentionName(item);
  const at = `<at>${name}</at>`;
  return {
    ...activity,
    text: `${at} ${summary}`,
    entities: [...(activity.entities ?? []), { type: 'mention', text: at, mentioned: { id: item.owner.id, name } }],
  };
}
