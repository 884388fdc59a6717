// Who owns an open item, from what the channel proves and nothing a client says. An Entra object
// id is taken only from Teams (and Copilot in Teams: channel msteams) where the host verified the
// Bot Framework token the activity came with (`verifiedByChannel`: issued by the Bot Framework
// channel service, never true without an app registration). Elsewhere (Web Chat, Direct Line,
// local mode) `from.aadObjectId` is anyone's to write, and ignored. An object id names a person
// only within its tenant: items are listed under both their channel user and that identity.
// Pure: the host says whether the token was verified (hosting/cases/owners.ts) and reads the lists.
import type { OpenItem } from '../../domain/cases';
import { isRecord } from '../../domain/records';

/** A person Entra names: their tenant and object id, both lower case. */
export interface EntraUser {
  tenantId: string;
  objectId: string;
  /** Their name as a verified sign-in token gives it (never what a client says). */
  name?: string;
}

/** The owner of items: the channel's user id and, where proven, their Entra identity. */
export interface Owner {
  id: string;
  aadObjectId?: string;
  tenantId?: string;
}

/** What these rules read off an activity. */
export interface OwnerActivity {
  channelId?: unknown;
  from?: { aadObjectId?: unknown };
  conversation?: { tenantId?: unknown };
  channelData?: unknown;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key of a person's items by tenant and Entra object id (verified Teams users, and the side panel's signed-in user). */
export const entraKey = (tenantId: string, objectId: string): string => `aad:${tenantId.toLowerCase()}:${objectId.toLowerCase()}`;

/** The key items were listed under before it named the tenant: read only for a verified user, filtered by keysOfItem. */
export const legacyEntraKey = (objectId: string): string => `aad:${objectId.toLowerCase()}`;

/** The keys an owner's items are listed under: their channel id, and their tenant and Entra object id where the channel proved them. */
export function ownerKeys(owner: Owner, channelId: string): string[] {
  return [`user:${channelId}:${owner.id}`, ...(owner.aadObjectId && owner.tenantId ? [entraKey(owner.tenantId, owner.aadObjectId)] : [])];
}

/** The tenant Teams names for the chat: on the conversation, or in channelData. */
export function tenantOf(activity: OwnerActivity): unknown {
  const data = activity.channelData;
  return activity.conversation?.tenantId ?? (isRecord(data) && isRecord(data.tenant) ? data.tenant.id : undefined);
}

/** The Entra user the turn's channel proves; undefined on any channel or instance that proves none. */
export function channelEntraUser(activity: OwnerActivity, verifiedByChannel: boolean): EntraUser | undefined {
  if (activity.channelId !== 'msteams' || !verifiedByChannel) return undefined;
  const objectId = activity.from?.aadObjectId;
  const tenantId = tenantOf(activity);
  if (typeof objectId !== 'string' || !GUID.test(objectId) || typeof tenantId !== 'string' || !GUID.test(tenantId)) return undefined;
  return { tenantId: tenantId.toLowerCase(), objectId: objectId.toLowerCase() };
}

/** The owner a turn acts as: its channel user id, with the Entra identity only where the channel proves it. */
export const ownerFrom = (id: string, entra: EntraUser | undefined): Owner => (entra ? { id, aadObjectId: entra.objectId, tenantId: entra.tenantId } : { id });

/**
 * The keys an item is listed under, from the item itself. An item kept before owners named their
 * tenant is matched by object id only where it started in Teams, in the tenant it recorded.
 */
export function keysOfItem(item: Pick<OpenItem, 'conversation' | 'owner' | 'partnerTenantId'>): string[] {
  const channelId = typeof item.conversation.channelId === 'string' ? item.conversation.channelId : '';
  const { id, aadObjectId, tenantId } = item.owner;
  const legacyTenant = channelId === 'msteams' && aadObjectId && !tenantId ? item.partnerTenantId : undefined;
  const tenant = tenantId ?? legacyTenant;
  return ownerKeys({ id, ...(aadObjectId ? { aadObjectId } : {}), ...(tenant ? { tenantId: tenant } : {}) }, channelId);
}

/** Whether the item is one of these keys' owner's. */
export const ownedBy = (item: Parameters<typeof keysOfItem>[0], keys: readonly string[]): boolean => keysOfItem(item).some((k) => keys.includes(k));

/**
 * The lists an owner's items are read from: their own keys and, for a verified Entra user, the list
 * kept before the tenant was part of the key (rather than migrated: owner lists are kept under
 * hashes, so no pass could find them, and items leave the store by their own deadlines). Only
 * items `ownedBy` the owner's own keys are shown from them.
 */
export const listsOf = (keys: readonly string[], entra: Pick<EntraUser, 'objectId'> | undefined): string[] =>
  entra ? [...keys, legacyEntraKey(entra.objectId)] : [...keys];

/** The Entra identity an owner's keys carry, for listsOf. */
export const entraOfOwner = (owner: Owner): Pick<EntraUser, 'objectId'> | undefined =>
  owner.aadObjectId && owner.tenantId ? { objectId: owner.aadObjectId } : undefined;
