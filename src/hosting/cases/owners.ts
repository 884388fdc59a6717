// Who owns an open item, from what the channel proves and nothing a client says. An Entra object
// id is taken only from Teams (and Copilot in Teams: channel msteams) on an instance with an app
// registration, where the adapter verified the Bot Framework token the activity came with (issued
// by the Bot Framework channel service, not by anyone holding a key of their own). Elsewhere (Web
// Chat, Direct Line, local mode without a registration) `from.aadObjectId` is anyone's to write,
// and ignored. An object id names a person only within its tenant: items are listed under both.
import type { TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, GovernmentConstants } from 'botframework-connector';
import type { OpenItem } from '../../domain/cases';
import { CaseStore, entraKey, legacyEntraKey, ownerKeys } from './caseStore';

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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Who issues the tokens channels send bots (public and US Government clouds). */
const CHANNEL_ISSUERS: readonly string[] = [AuthenticationConstants.ToBotFromChannelTokenIssuer, GovernmentConstants.ToBotFromChannelTokenIssuer];

/** Whether the adapter verified a channel's Bot Framework token for this turn (never true without a registration). */
function verifiedByChannel(context: TurnContext): boolean {
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as ClaimsIdentity | undefined;
  if (!(identity instanceof ClaimsIdentity) || !identity.isAuthenticated) return false;
  const issuer = identity.getClaimValue(AuthenticationConstants.IssuerClaim);
  return typeof issuer === 'string' && CHANNEL_ISSUERS.includes(issuer);
}

/** The Entra user the turn's channel proves; undefined on any channel or instance that proves none. */
export function verifiedEntraUser(context: TurnContext): EntraUser | undefined {
  const activity = context.activity;
  if (activity.channelId !== 'msteams' || !verifiedByChannel(context)) return undefined;
  const objectId = activity.from?.aadObjectId;
  // Teams names the tenant the chat is in on the conversation and in channelData.
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof objectId !== 'string' || !GUID.test(objectId) || typeof tenantId !== 'string' || !GUID.test(tenantId)) return undefined;
  return { tenantId: tenantId.toLowerCase(), objectId: objectId.toLowerCase() };
}

/** A shared chat (group chat, channel): a follow-up there mentions its owner, and it is nobody's own chat. */
export function isShared(context: TurnContext): boolean {
  const c = context.activity.conversation;
  return c?.isGroup === true || c?.conversationType === 'groupChat' || c?.conversationType === 'channel';
}

/** The owner a turn acts as: its channel user id, with the Entra identity only where the channel proves it. */
export function ownerOf(context: TurnContext, id: string): Owner {
  const entra = verifiedEntraUser(context);
  return entra ? { id, aadObjectId: entra.objectId, tenantId: entra.tenantId } : { id };
}

/**
 * The keys an item is listed under, from the item itself. An item kept before owners named their
 * tenant is matched by object id only where it started in Teams, in the tenant it recorded.
 */
export function keysOfItem(item: OpenItem): string[] {
  const channelId = typeof item.conversation.channelId === 'string' ? item.conversation.channelId : '';
  const { id, aadObjectId, tenantId } = item.owner;
  const legacyTenant = channelId === 'msteams' && aadObjectId && !tenantId ? item.partnerTenantId : undefined;
  return ownerKeys({ id, ...(aadObjectId ? { aadObjectId } : {}), ...((tenantId ?? legacyTenant) ? { tenantId: tenantId ?? legacyTenant } : {}) }, channelId);
}

/**
 * An owner's items, newest first. Items kept before the tenant was part of the key are still
 * listed under the object id alone: that list is read too (rather than migrated: owner lists are
 * kept under hashes, so no pass could find them, and items leave the store by their own
 * deadlines), and an item is kept only where keysOfItem gives it one of this owner's keys.
 */
async function listMatching(store: CaseStore, keys: string[], entra: EntraUser | undefined): Promise<OpenItem[]> {
  const items = await store.listFor(entra ? [...keys, legacyEntraKey(entra.objectId)] : keys);
  const mine = new Set(keys);
  return items.filter((item) => keysOfItem(item).some((k) => mine.has(k)));
}

/** The items of a turn's owner (by channel user id, and by Entra identity where proven). */
export function itemsOwnedBy(store: CaseStore, owner: Owner, channelId: string): Promise<OpenItem[]> {
  const entra = owner.aadObjectId && owner.tenantId ? { objectId: owner.aadObjectId, tenantId: owner.tenantId } : undefined;
  return listMatching(store, ownerKeys(owner, channelId), entra);
}

/** The items of a person Entra signed in (the side panel): by tenant and object id only. */
export function itemsOfEntraUser(store: CaseStore, user: EntraUser): Promise<OpenItem[]> {
  return listMatching(store, [entraKey(user.tenantId, user.objectId)], user);
}
