// The partner's open items ("cases" they follow): each action the advisor starts ends with someone
// else (the customer approves a GDAP request within 90 days or accepts a reseller relationship; the
// current partner accepts a transfer within 30 days). What an item holds, how a change Partner
// Center reports moves it, which follow-up message that earns (once each), and when reminders fall
// due. Pure: the store, the messages and the clock are the shell's (src/hosting/cases).
import type { AccessProgress } from './accessAssignments';
import type { TransferProducts } from './actions';
import type { LocaleTag } from './locales';
import { endsSoonAt, endsSoonDue, keptUntil } from './relationshipHealth';

const DAY = 24 * 60 * 60 * 1000;

export const CASE_KINDS = ['gdapApproval', 'resellerAcceptance', 'transfer'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * How long each kind waits for the other side before it runs out: a GDAP request must be approved
 * within 90 days (the GDAP FAQ, learn.microsoft.com/partner-center/dap-faq: "GDAP relationship
 * requests expire after 90 days"; Graph's delegatedAdminRelationship names no duration), a
 * partner-to-partner transfer accepted within 30 days ("If the current partner doesn't respond
 * within 30 days, the request will expire": transferring Azure plan subscriptions). A reseller
 * invitation never expires; the item is followed 90 days.
 */
export const WAIT_DAYS: Record<CaseKind, number> = { gdapApproval: 90, resellerAcceptance: 90, transfer: 30 };

/** What the other side did, as Partner Center's event or a poll of the object's status reports it. */
export const CASE_CHANGES = ['approved', 'accepted', 'completed', 'expired', 'terminated', 'cancelled'] as const;
export type CaseChange = (typeof CASE_CHANGES)[number];

/** Where an item stands. */
export const CASE_STATUSES = ['waiting', 'approved', 'accepted', 'completed', 'expired', 'terminated', 'cancelled'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The messages an item can earn, each sent at most once (a reminder again only after "Remind me again"). */
// accessFailed / accessStuck: an approved relationship's access assignment failed or stays pending (accessFollowUp.ts).
export const FOLLOW_UPS = [
  'approved',
  'accepted',
  'completed',
  'expired',
  'terminated',
  'notApprovedYet',
  'expiresSoon',
  'accessFailed',
  'accessStuck',
  'endsSoon',
  'cancelled',
] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];
export type Reminder = Extract<FollowUp, 'notApprovedYet' | 'expiresSoon' | 'endsSoon'>;

/** A GDAP request not approved after this long gets one reminder; an item this close to its deadline another. */
export const REMIND_AFTER_DAYS = 7;
export const REMIND_BEFORE_DAYS = 7;
/** "Remind me again" asks again this much later. */
export const SNOOZE_DAYS = 1;
/**
 * A closed item stays (listed in My cases, and there for a late event) this long, then goes: as
 * long as the events inbox remembers a delivered event's id (eventInboxPolicy.ts, SEEN_DAYS), which is
 * as long as the audit record an event points to is read by default ("audit records for the
 * previous 30 days", get-a-record-of-partner-center-activity-by-user). Partner Center documents no
 * end to its retries, so a late "terminated" or "expired" still finds the item it is about.
 */
export const KEEP_CLOSED_DAYS = 30;

export interface CaseCustomer {
  tenantId: string;
  /** As Partner Center named it; empty for an invitation, which names no customer until one accepts. */
  name: string;
  domain?: string;
}

export interface CaseOwner {
  /** The channel's user id (who the message mentions and whose clicks act on the item). */
  id: string;
  name?: string;
  /** Entra object id when the channel proves it (Teams, with a verified Bot Framework token): the side panel's signed-in partner. */
  aadObjectId?: string;
  /** The tenant that object id is in (an object id names a person only within its tenant). */
  tenantId?: string;
}

export interface OpenItem {
  /** `${kind}:${objectId}`: one item per object. */
  id: string;
  kind: CaseKind;
  /** The relationship's, the transfer's, or (an invitation, which has none) the action card's id. */
  objectId: string;
  /** The partner's tenant (the signed-in partner's `tid`), when known. */
  partnerTenantId?: string;
  /** The partner tenant its owner was verified in (Teams' channel token, or their sign-in's token verified): its team view (teamCases.ts). */
  teamTenantId?: string;
  customer: CaseCustomer;
  owner: CaseOwner;
  /** The owner's language: every follow-up speaks it. */
  locale: LocaleTag;
  /** The action card it came from, in the conversation it came from. */
  cardId: string;
  /** Where the owner is reached: the host's conversation reference (opaque here; never a token). */
  conversation: Record<string, unknown>;
  /** A group chat or channel: the message mentions the owner. */
  shared: boolean;
  createdAt: number;
  deadline: number;
  status: CaseStatus;
  /** When the status last changed (or the item was made). */
  changedAt: number;
  /** When the last applied change happened by its reporter's clock (the event's ResourceChangeUtcDate): an older one is not applied over it. */
  appliedChangeAt?: number;
  /** Follow-ups already sent (or claimed for sending). */
  sent: FollowUp[];
  /** "Stop reminding". */
  quiet?: boolean;
  /** "Remind me again": no reminder before this. */
  snoozedUntil?: number;
  /** The conversation could not be reached (uninstalled, blocked): nothing more is sent. */
  unreachableAt?: number;
  /** The poller's schedule for this item, and its failed polls in a row. */
  nextPollAt: number;
  pollFailures?: number;
  /** Follow-ups claimed but not delivered (the connector failed for a while) in a row: tried again, a bounded number of times. */
  sendFailures?: number;
  /** Follow-ups claimed whose delivery is not yet confirmed, and when that was last tried: a process that died sending leaves them here. */
  sending?: FollowUp[];
  sendingAt?: number;
  /** Past its deadline, Partner Center still said it waits (or could not say): its expiry is looked at again then, not declared. */
  expiryCheckAt?: number;
  /** How often that look found no confirmation. */
  expiryChecks?: number;
  /** An approved relationship's access assignments as last seen (Assign access, Check status): done only once every one is active. */
  access?: AccessProgress;
  /** An approved relationship's end as last read (relationshipHealth.ts): when, whether it extends itself, whether it holds Global Administrator. */
  endsAt?: number;
  autoExtends?: boolean;
  globalAdministrator?: boolean;
  /** A transfer's products, as the request the bot made asked for them; none on items kept before (the completion then words the Azure note cautiously). */
  transferProducts?: TransferProducts;
}

/** Object ids are GUIDs (or two): matched whatever their case, as events and polls may spell them differently. */
export const itemId = (kind: CaseKind, objectId: string): string => `${kind}:${objectId.toLowerCase()}`;

/** What an action knows of the item it leaves; the rest (id, dates, status) is the item's own. */
export type NewItem = Pick<
  OpenItem,
  'kind' | 'objectId' | 'partnerTenantId' | 'teamTenantId' | 'customer' | 'owner' | 'locale' | 'cardId' | 'conversation' | 'shared' | 'transferProducts'
>;

/** An item as an action leaves it: waiting, its deadline counted from now, first polled after `pollMs`. */
export function openItem(fields: NewItem, now: number, pollMs: number): OpenItem {
  return {
    ...fields,
    id: itemId(fields.kind, fields.objectId),
    createdAt: now,
    deadline: now + WAIT_DAYS[fields.kind] * DAY,
    status: 'waiting',
    changedAt: now,
    sent: [],
    nextPollAt: now + pollMs,
  };
}

/** Which changes mean something for which kind: a transfer is neither approved nor accepted by a customer. */
const CHANGES_FOR: Record<CaseKind, readonly CaseChange[]> = {
  gdapApproval: ['approved', 'expired', 'terminated'],
  resellerAcceptance: ['accepted'],
  // A transfer request the target partner cancelled (update-a-transfer: "Cancel", only while pending).
  transfer: ['completed', 'expired', 'cancelled'],
};

export const isOpen = (item: Pick<OpenItem, 'status'>): boolean => item.status === 'waiting';

/**
 * A change reported for the item (by an event or a poll): the item after it, and the follow-up it
 * earns, or none when it means nothing for this kind, was already applied, or comes after the item
 * closed (an "expired" event after the approval was reported). Delivered three times, it earns its
 * message once. `at`: when the change happened (the event's date); one older than the change the
 * item applied last is `stale`: left for the caller to record.
 */
export function applyChange(item: OpenItem, change: CaseChange, now: number, at = now): { item: OpenItem; followUp?: FollowUp; stale?: true } {
  if (!CHANGES_FOR[item.kind].includes(change)) return { item };
  // Partner Center's events come in any order: a change that happened before the one applied last says nothing newer.
  if (item.appliedChangeAt !== undefined && at < item.appliedChangeAt) return { item, stale: true };
  if (item.status === change || item.sent.includes(change)) return { item };
  // A GDAP relationship that was approved can still end (terminated, expired after its duration): that is news too.
  const endsApproved = item.status === 'approved' && (change === 'terminated' || change === 'expired');
  if (!isOpen(item) && !endsApproved) return { item };
  const next: OpenItem = { ...item, status: change, changedAt: now, appliedChangeAt: at };
  return item.unreachableAt === undefined ? { item: next, followUp: change } : { item: next };
}

/**
 * The reminder due now, if any: a GDAP request still waiting a week after it was sent; any waiting
 * item a week before its deadline; and at the deadline, the item expires (its own message). None
 * for a quiet, snoozed, unreachable or closed item, and none twice.
 */
export function dueFollowUp(item: OpenItem, now: number): { item: OpenItem; followUp: FollowUp } | undefined {
  // An approved relationship: the one reminder before an end it does not extend itself past.
  if (!isOpen(item)) return endsSoonDue(item, now);
  if (item.unreachableAt !== undefined) return undefined;
  if (now >= item.deadline) {
    if (item.expiryCheckAt !== undefined && now < item.expiryCheckAt) return undefined;
    const expired = applyChange({ ...item, status: 'waiting' }, 'expired', now);
    // An invitation has no deadline of its own: it simply leaves the list.
    return expired.followUp ? { item: expired.item, followUp: 'expired' } : undefined;
  }
  if (item.quiet || (item.snoozedUntil !== undefined && now < item.snoozedUntil)) return undefined;
  const due = (r: Reminder): { item: OpenItem; followUp: FollowUp } | undefined =>
    item.sent.includes(r) ? undefined : { item: { ...item, sent: [...item.sent, r] }, followUp: r };
  if (item.kind !== 'resellerAcceptance' && now >= item.deadline - REMIND_BEFORE_DAYS * DAY) return due('expiresSoon');
  if (item.kind === 'gdapApproval' && now >= item.createdAt + REMIND_AFTER_DAYS * DAY) return due('notApprovedYet');
  return undefined;
}

/** When the next reminder or the expiry falls due (the reminder loop sleeps until the earliest). */
export function nextDueAt(item: OpenItem): number | undefined {
  if (!isOpen(item)) return endsSoonAt(item);
  if (item.unreachableAt !== undefined) return undefined;
  // An invitation has no deadline of its own (see dueFollowUp).
  const times = item.kind === 'resellerAcceptance' ? [] : [Math.max(item.deadline, item.expiryCheckAt ?? 0)];
  if (!item.quiet) {
    const after = item.snoozedUntil ?? 0;
    if (item.kind !== 'resellerAcceptance' && !item.sent.includes('expiresSoon')) times.push(Math.max(after, item.deadline - REMIND_BEFORE_DAYS * DAY));
    if (item.kind === 'gdapApproval' && !item.sent.includes('notApprovedYet')) times.push(Math.max(after, item.createdAt + REMIND_AFTER_DAYS * DAY));
  }
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** "Remind me again": the reminder just sent may come once more, a day from now. */
export function snooze(item: OpenItem, reminder: Reminder, now: number): OpenItem {
  return { ...item, sent: item.sent.filter((s) => s !== reminder), snoozedUntil: now + SNOOZE_DAYS * DAY, quiet: false };
}

/** "Stop reminding": no more reminders for this item (its outcome is still told). */
export const quieten = (item: OpenItem): OpenItem => ({ ...item, quiet: true });

/** The conversation is gone for the bot: nothing more is sent for this item. */
export const unreachable = (item: OpenItem, now: number): OpenItem => ({ ...item, unreachableAt: now });

/** Polls back off on failure (twice as long each time, at most a day) and stop once the item closes. */
export function nextPoll(item: OpenItem, now: number, pollMs: number, failed: boolean): OpenItem {
  const failures = failed ? (item.pollFailures ?? 0) + 1 : 0;
  const wait = Math.min(pollMs * 2 ** failures, DAY);
  const { pollFailures: _dropped, ...rest } = item;
  return { ...rest, nextPollAt: now + wait, ...(failures > 0 ? { pollFailures: failures } : {}) };
}

/**
 * The deadline came by this process's clock, which may have jumped: Partner Center is asked first.
 * Still waiting (or no answer) puts the expiry off to `at`, and counts the look.
 */
export const postponeExpiry = (item: OpenItem, at: number): OpenItem => ({ ...item, expiryCheckAt: at, expiryChecks: (item.expiryChecks ?? 0) + 1 });

/**
 * When an expiry not confirmed is looked at again (D12): at the object's own expiry when Partner
 * Center gives a later one (a transfer's expirationTime; an accepted transfer may also stay
 * pending up to three days), else after a wait that doubles with each look, at most a day.
 */
export function nextExpiryLook(now: number, checks: number, retryMs: number, until?: number): number {
  if (until !== undefined && until > now) return until + 60_000;
  return now + Math.min(retryMs * 2 ** checks, DAY);
}

/** How often a follow-up whose delivery failed is tried again before it is given up (logged). */
export const SEND_ATTEMPTS = 5;

/**
 * The follow-up taken for sending: counted as sent before it goes, so no other instance sends it
 * too, and noted as on its way until its delivery is confirmed (confirmSent), so one whose process
 * died before that is sent again (unconfirmed), under the same delivery key.
 */
export const claim = (item: OpenItem, followUp: FollowUp, now = item.changedAt): OpenItem => ({
  ...item,
  sent: item.sent.includes(followUp) ? item.sent : [...item.sent, followUp],
  sending: [...(item.sending ?? []).filter((f) => f !== followUp), followUp],
  sendingAt: now,
});

/** A follow-up delivered (or refused for good): no longer on its way. */
export function confirmSent(item: OpenItem, followUp: FollowUp): OpenItem {
  const { sending, sendingAt, ...rest } = item;
  const left = (sending ?? []).filter((f) => f !== followUp);
  return left.length > 0 ? { ...rest, sending: left, ...(sendingAt !== undefined ? { sendingAt } : {}) } : (rest as OpenItem);
}

/** How long a claimed follow-up may be on its way before another try takes it for lost (its process died). */
export const SENDING_STALE_MS = 2 * 60_000;

/** The follow-ups claimed but never confirmed, once their try is SENDING_STALE_MS old: sent again. */
export const unconfirmed = (item: OpenItem, now: number): FollowUp[] =>
  item.sending && item.sending.length > 0 && now - (item.sendingAt ?? 0) >= SENDING_STALE_MS ? item.sending : [];

/**
 * The key a delivery goes under: the same for every try of one follow-up (so a message the
 * conversation has already received is not sent again), another for a reminder asked for again.
 */
export const deliveryKey = (item: OpenItem, followUp: FollowUp): string =>
  `${item.id}|${followUp}|${followUp === 'notApprovedYet' || followUp === 'expiresSoon' || followUp === 'endsSoon' ? (item.snoozedUntil ?? 0) : 0}`;

/**
 * A follow-up that could not be delivered for now (the connector failed, not refused): given back,
 * so the next poll (an outcome) or the next reminder round (a reminder) tries again, later each time.
 */
export function giveBack(item: OpenItem, followUp: FollowUp, now: number, retryMs: number): OpenItem {
  const failures = (item.sendFailures ?? 0) + 1;
  const back = confirmSent(item, followUp);
  return { ...back, sent: item.sent.filter((s) => s !== followUp), sendFailures: failures, nextPollAt: now + Math.min(retryMs * 2 ** failures, DAY) };
}

/** The outcome's message an item still owes (its delivery was given back), unless it has failed too often or cannot be reached. */
export function owed(item: OpenItem): FollowUp | undefined {
  if (isOpen(item) || item.unreachableAt !== undefined || (item.sendFailures ?? 0) >= SEND_ATTEMPTS) return undefined;
  const outcome = item.status as FollowUp;
  return item.sent.includes(outcome) ? undefined : outcome;
}

/**
 * A GDAP relationship that expired after the customer approved it: its access ended (the
 * relationship reached the end of its duration), which is not "not approved in time" (D10). The
 * approval was applied (its message sent, or seen on the card), or access was assigned.
 */
export const endedAfterApproval = (item: Pick<OpenItem, 'kind' | 'status' | 'sent' | 'access'>): boolean =>
  item.kind === 'gdapApproval' && item.status === 'expired' && (item.sent.includes('approved') || item.access !== undefined);

/** When a closed or expired item may be forgotten. */
export const forgetAt = (item: OpenItem): number => keptUntil(item, (isOpen(item) ? item.deadline : item.changedAt) + KEEP_CLOSED_DAYS * DAY);
