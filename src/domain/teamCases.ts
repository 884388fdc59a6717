// The team view and hand-over (issue 63; review 4, gap 4): the open items of a whole partner
// tenant, or of the conversation where they are asked for, and an item handed to a colleague.
// Security is the point. An item is in its tenant's view only when its owner's tenant was
// verified by the server (a Teams channel token, or a Partner Center sign-in whose token the
// server verified), and only someone verified in that same tenant sees it. A new owner must be
// someone the server verified in that tenant who used the advisor in the last 30 days, so that
// the advisor has a chat of their own to send the follow-ups to. Lists are bounded and paged.
// Pure: the store, the identities and the messages are the shell's (src/hosting/cases).
import { isOpen, OpenItem } from './cases';
import type { LocaleTag } from './locales';
import { isLocaleTag } from './locales';
import { isRecord } from './records';
import { followsRelationship } from './relationshipHealth';

const DAY = 24 * 60 * 60 * 1000;

/** Items one page of the team view shows; people one page of the hand-over shows. */
export const TEAM_PAGE = 10;
export const PEOPLE_PAGE = 10;
/** Entries one page of a tenant's index keeps (the schedule's shard bound, so every live item fits). */
export const TEAM_ENTRIES_KEPT = 500;
/** People kept per shard of a tenant's directory (the most recently seen), and the shards. */
export const PEOPLE_KEPT = 100;
export const PEOPLE_SHARDS = 4;
/** A person can be handed an item while they used the advisor this recently: someone who left drops off. */
export const PERSON_FRESH_DAYS = 30;
/** A person's entry is written again at most this often (a new chat, name or language, any time). */
export const PERSON_REFRESH_MS = DAY;

/** Still in someone's hands: waiting for the other side, or an approved relationship still followed. */
export const teamOpen = (item: OpenItem): boolean => isOpen(item) || followsRelationship(item);

/** One item in its tenant's index: enough to page without reading it (its id, when it started, whether it is open, where it lives). */
export interface TeamEntry {
  id: string;
  at: number;
  open: boolean;
  /** The key of the conversation it lives in (the host's digest), for the view of one conversation. */
  here: string;
}

export const sameEntry = (a: TeamEntry | undefined, b: TeamEntry | undefined): boolean =>
  a?.id === b?.id && a?.at === b?.at && a?.open === b?.open && a?.here === b?.here;

/** The index with the entry in it (replacing its older self); beyond the bound, closed entries go first, then the oldest. */
export function withEntry(entries: readonly TeamEntry[], entry: TeamEntry, bound = TEAM_ENTRIES_KEPT): TeamEntry[] {
  const next = [...entries.filter((e) => e.id !== entry.id), entry];
  if (next.length <= bound) return next;
  const byAge = (a: TeamEntry, b: TeamEntry): number => a.at - b.at;
  const drop = [...next.filter((e) => !e.open).sort(byAge), ...next.filter((e) => e.open).sort(byAge)].slice(0, next.length - bound);
  const gone = new Set(drop.map((e) => e.id));
  return next.filter((e) => !gone.has(e.id));
}

export const withoutIds = (entries: readonly TeamEntry[], ids: readonly string[]): TeamEntry[] => entries.filter((e) => !ids.includes(e.id));

export function readEntries(v: unknown): TeamEntry[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((e): TeamEntry[] =>
    isRecord(e) && typeof e.id === 'string' && e.id.length <= 300 && typeof e.at === 'number' && typeof e.open === 'boolean' && typeof e.here === 'string'
      ? [{ id: e.id, at: e.at, open: e.open, here: e.here.slice(0, 64) }]
      : [],
  );
}

/** Where a page starts: after the item last shown (its start and id), so a page reads the same while items come and go. */
const CURSOR = /^(\d{1,15}):([^\s]{1,300})$/;
export const readCursor = (v: unknown): string | undefined => (typeof v === 'string' && CURSOR.test(v) ? v : undefined);
const cursorOf = (e: TeamEntry): string => `${e.at}:${e.id}`;

export interface TeamPage {
  /** The items to show, newest first. */
  ids: string[];
  /** How many open items the view holds in all. */
  total: number;
  /** Where the next page starts, when there is one. */
  next?: string;
}

/** One page of open items, newest first: the whole tenant, or one conversation (`here`). */
export function teamPage(entries: readonly TeamEntry[], here: string | undefined, after: string | undefined, size = TEAM_PAGE): TeamPage {
  const open = entries.filter((e) => e.open && (here === undefined || e.here === here)).sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = after === undefined ? 0 : firstAfter(open, after);
  const shown = open.slice(start, start + size);
  const last = shown.at(-1);
  return { ids: shown.map((e) => e.id), total: open.length, ...(last && start + size < open.length ? { next: cursorOf(last) } : {}) };
}

/**
 * Where the page after `cursor` starts: the first item after it in the page's order (older, or as
 * old with a later id), whether the cursor's own item is still there or has gone since. An item
 * started in the same millisecond as a gone one is then neither skipped nor shown twice.
 */
function firstAfter(sorted: readonly TeamEntry[], cursor: string): number {
  const parts = CURSOR.exec(cursor);
  if (!parts) return 0;
  const at = Number(parts[1]);
  const id = parts[2]!;
  const index = sorted.findIndex((e) => e.at < at || (e.at === at && e.id > id));
  return index < 0 ? sorted.length : index;
}

/**
 * A person the server verified in a partner tenant, with the chat the advisor last saw them in:
 * who an item can be handed to, and where its follow-ups then go.
 */
export interface Person {
  /** Their verified identity: `aad:<tenant>:<object id>`. */
  key: string;
  /** A short digest of the key, what a card's choice carries (the host makes it). */
  ref: string;
  name?: string;
  /** The channel and the channel's user id: how they are told and listed (My cases). */
  channelId: string;
  userId: string;
  /** Their Entra object id and tenant where the channel proves them (Teams): My cases lists them under these too. */
  aadObjectId?: string;
  tenantId?: string;
  /** Their own chat with the advisor (a personal one: never a group chat or channel, where guests may read). */
  conversation: Record<string, unknown>;
  locale: LocaleTag;
  seenAt: number;
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function readPerson(v: unknown): Person | undefined {
  if (!isRecord(v) || !str(v.key, 200) || !str(v.ref, 64) || !str(v.channelId, 64) || !str(v.userId, 256) || !isRecord(v.conversation)) return undefined;
  if (!isLocaleTag(v.locale) || typeof v.seenAt !== 'number') return undefined;
  const name = str(v.name, 256) ? { name: v.name } : {};
  const entra = str(v.aadObjectId, 64) && str(v.tenantId, 64) ? { aadObjectId: v.aadObjectId, tenantId: v.tenantId } : {};
  return {
    key: v.key,
    ref: v.ref,
    channelId: v.channelId,
    userId: v.userId,
    conversation: v.conversation,
    locale: v.locale,
    seenAt: v.seenAt,
    ...name,
    ...entra,
  };
}

/** Whether a person's entry is worth writing again: new to the directory, another chat, name or language, or a day old. */
export function personChanged(kept: Person | undefined, seen: Person): boolean {
  if (!kept) return true;
  const chat = (p: Person): unknown => (isRecord(p.conversation.conversation) ? p.conversation.conversation.id : undefined);
  return chat(kept) !== chat(seen) || kept.name !== seen.name || kept.locale !== seen.locale || seen.seenAt - kept.seenAt >= PERSON_REFRESH_MS;
}

/** The directory shard with the person in it, the most recently seen first, bounded. */
export function withPerson(people: readonly Person[], person: Person, bound = PEOPLE_KEPT): Person[] {
  return [person, ...people.filter((p) => p.key !== person.key)].sort((a, b) => b.seenAt - a.seenAt).slice(0, bound);
}

/** Who an item can be handed to: people seen in the last PERSON_FRESH_DAYS, but its owner, by name. */
export function candidates(people: readonly Person[], ownerKeys: readonly string[], now: number): Person[] {
  const owners = new Set(ownerKeys);
  const seen = new Set<string>();
  return people
    .filter((p) => now - p.seenAt <= PERSON_FRESH_DAYS * DAY && !owners.has(p.key) && !owners.has(`user:${p.channelId}:${p.userId}`))
    .filter((p) => !seen.has(p.key) && seen.add(p.key) !== undefined)
    .sort((a, b) => (a.name ?? a.userId).localeCompare(b.name ?? b.userId) || a.key.localeCompare(b.key));
}

/** Why a hand-over is refused: gone (or another tenant's: never said apart), closed, the person unknown or not fresh, already theirs, or at their bound. */
export type HandOverRefusal = 'gone' | 'closed' | 'noSuchPerson' | 'already' | 'full';

/**
 * The item handed to `to`, decided on the item as stored now (the host runs it inside the store's
 * conditional update, so a second click, or another instance, finds the hand-over done: 'already').
 * Its follow-ups then go to the new owner's chat, in their language; its deadline, status and what
 * was already told stay.
 */
export function handOver(item: OpenItem | undefined, tenantId: string, to: Person | undefined, now: number): { item: OpenItem } | { refuse: HandOverRefusal } {
  if (!item || item.teamTenantId !== tenantId) return { refuse: 'gone' };
  if (!teamOpen(item)) return { refuse: 'closed' };
  if (!to || now - to.seenAt > PERSON_FRESH_DAYS * DAY || !to.key.startsWith(`aad:${tenantId}:`)) return { refuse: 'noSuchPerson' };
  const entra = to.aadObjectId && to.tenantId ? { aadObjectId: to.aadObjectId, tenantId: to.tenantId } : {};
  if (item.owner.id === to.userId && item.conversation.channelId === to.channelId) return { refuse: 'already' };
  const { unreachableAt: _gone, sendFailures: _failed, ...kept } = item;
  return {
    item: {
      ...kept,
      owner: { id: to.userId, ...(to.name ? { name: to.name } : {}), ...entra },
      conversation: to.conversation,
      shared: false,
      locale: to.locale,
    },
  };
}
