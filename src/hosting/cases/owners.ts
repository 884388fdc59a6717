// Who owns an open item: whether the adapter verified the channel's Bot Framework token for this
// turn (the SDK's claims identity), and the owner's lists read from the store. Which identity that
// proves, and which items are whose, are pure rules (conversation/followUps/owners.ts).
import type { TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, GovernmentConstants } from 'botframework-connector';
import type { OpenItem } from '../../domain/cases';
import { isSharedConversation } from '../../conversation/channel/channelActivity';
import { channelEntraUser, EntraUser, entraKey, entraOfOwner, listsOf, Owner, ownedBy, ownerFrom, ownerKeys } from '../../conversation/followUps/owners';
import type { CaseStore } from './caseStore';

export type { EntraUser, Owner } from '../../conversation/followUps/owners';
export { keysOfItem } from '../../conversation/followUps/owners';

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
  return context.activity.channelId === 'msteams' ? channelEntraUser(context.activity, verifiedByChannel(context)) : undefined;
}

/** A shared chat (group chat, channel): a follow-up there mentions its owner, and it is nobody's own chat. */
export const isShared = (context: TurnContext): boolean => isSharedConversation(context.activity);

/** The owner a turn acts as: its channel user id, with the Entra identity only where the channel proves it. */
export const ownerOf = (context: TurnContext, id: string): Owner => ownerFrom(id, verifiedEntraUser(context));

/** The items of these keys' owner, newest first, from their lists (listsOf) and only theirs (ownedBy). */
async function listMatching(store: CaseStore, keys: string[], entra: Pick<EntraUser, 'objectId'> | undefined): Promise<OpenItem[]> {
  const items = await store.listFor(listsOf(keys, entra));
  return items.filter((item) => ownedBy(item, keys));
}

/** The items of a turn's owner (by channel user id, and by Entra identity where proven). */
export function itemsOwnedBy(store: CaseStore, owner: Owner, channelId: string): Promise<OpenItem[]> {
  return listMatching(store, ownerKeys(owner, channelId), entraOfOwner(owner));
}

/** The items of a person Entra signed in (the side panel): by tenant and object id only. */
export function itemsOfEntraUser(store: CaseStore, user: EntraUser): Promise<OpenItem[]> {
  return listMatching(store, [entraKey(user.tenantId, user.objectId)], user);
}
