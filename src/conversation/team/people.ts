// Who the team view knows and how it finds a conversation: the person a verified turn is in their
// own chat (what the tenant's directory keeps; none in a shared chat, which is no one's own), a
// person's short reference on a card, a conversation's key, and an item's entry in its tenant's
// index. Pure: hosting reads the turn (teamIdentity.ts) and keeps the index (teamIndex.ts).
import { createHash } from 'crypto';
import type { OpenItem } from '../../domain/cases';
import type { LocaleTag } from '../../domain/locales';
import { Person, readPerson, TeamEntry, teamOpen } from '../../domain/teamCases';
import { askerName, isAskerId } from '../followUps/myCasesViews';
import { entraKey } from '../followUps/owners';
import type { Viewer } from './teamMachine';

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 40);

/** The key of a conversation (its channel and id), as the team view of one conversation matches it. */
export function conversationKey(conversation: Record<string, unknown>): string {
  const inner = conversation.conversation;
  const id = typeof inner === 'object' && inner !== null ? (inner as { id?: unknown }).id : undefined;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return hash(`${text(conversation.channelId)}|${text(id)}`).slice(0, 16);
}

/** A verified person's short reference (what a card's choice carries): a digest of their key. */
export const personRef = (key: string): string => hash(`person|${key}`).slice(0, 16);

/** The entry an item has in its tenant's index; none for an item whose owner's tenant was not verified. */
export function teamEntryOf(item: OpenItem): TeamEntry | undefined {
  return item.teamTenantId ? { id: item.id, at: item.createdAt, open: teamOpen(item), here: conversationKey(item.conversation) } : undefined;
}

/** What a verified turn says of its sender. */
export interface PersonTurn {
  from: { id?: unknown; name?: unknown } | undefined;
  channelId: string;
  shared: boolean;
  /** The turn's conversation reference, as the host makes it. */
  reference: Record<string, unknown>;
}

/** The person a verified turn is, in their own chat: what the directory keeps (none in a shared chat, which is no one's own). */
export function personFrom(turn: PersonTurn, viewer: Viewer, locale: LocaleTag, now: number): Omit<Person, 'ref'> | undefined {
  const id = turn.from?.id;
  if (!isAskerId(id) || turn.shared) return undefined;
  // Without the id of the activity answered: a line sent there later is no reply to it.
  const { activityId: _answered, ...conversation } = turn.reference;
  // The channel's name for them, else the one their verified sign-in token gives (Web Chat names nobody).
  const name = askerName(turn.from?.name) ?? viewer.name;
  return {
    key: entraKey(viewer.tenantId, viewer.objectId),
    channelId: turn.channelId,
    userId: id,
    ...(name ? { name } : {}),
    // My cases lists a Teams user under their Entra identity too; a sign-in's is not a channel's proof of who writes.
    ...(viewer.via === 'teams' ? { aadObjectId: viewer.objectId, tenantId: viewer.tenantId } : {}),
    conversation,
    locale,
    seenAt: now,
  };
}

/** A person as an item's owner is kept: their channel user id and, where the channel proved them, their tenant and Entra object id (how their open items are counted). */
export function ownerOfPerson(p: Pick<Person, 'userId' | 'aadObjectId' | 'tenantId'>): { id: string; aadObjectId?: string; tenantId?: string } {
  return { id: p.userId, ...(p.aadObjectId && p.tenantId ? { aadObjectId: p.aadObjectId, tenantId: p.tenantId } : {}) };
}

/** The people of a tenant's pages as stored (each page's list, anything else none), the most recently seen first. */
export function peopleIn(pages: readonly unknown[]): Person[] {
  const people = pages.flatMap((list) => (Array.isArray(list) ? list.map(readPerson).filter((p): p is Person => p !== undefined) : []));
  return people.sort((a, b) => b.seenAt - a.seenAt);
}

/** The person a page keeps under `key`, if any. */
export const rememberedPerson = (page: unknown, key: string): Person | undefined => peopleIn([page]).find((p) => p.key === key);
