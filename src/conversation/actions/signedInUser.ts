// Who the actions act for, read off what the channel and the token service say: the user the token
// service keys a sign-in by (their id on this channel), the signed-in partner's Entra object id in
// the token the token service handed over (read for the audit, never verified here: Entra verifies
// the token when it is exchanged on the user's behalf), and how a named customer is searched for.
import type { CustomerRef } from '../../domain/actions';
import type { CustomerSearch } from '../../domain/microsoftApis/partnerCenterAnswers';
import { claimsOf } from '../../protocols/http/tokenClaims';

/** A token's payload read at most this long: a longer one is no sign-in token of Entra's. */
const MAX_PAYLOAD = 16_384;
const OBJECT_ID = /^[0-9a-f-]{36}$/i;

/** The user as the token service keys them: their id and channel, both non-empty; none without. */
export function tokenServiceUser(activity: { from?: { id?: unknown }; channelId?: unknown }): { userId: string; channelId: string } | undefined {
  const userId = activity.from?.id;
  const channelId = activity.channelId;
  return typeof userId === 'string' && userId !== '' && typeof channelId === 'string' && channelId !== '' ? { userId, channelId } : undefined;
}

/** The `oid` claim of a sign-in token, lower case, when it is an object id; none otherwise. */
export function objectIdOf(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload || payload.length > MAX_PAYLOAD) return undefined;
  const oid = claimsOf(token).oid;
  return typeof oid === 'string' && OBJECT_ID.test(oid) ? oid.toLowerCase() : undefined;
}

/** How Partner Center is searched for a named customer; none for a tenant id, which names it as it is. */
export function customerSearchOf(ref: CustomerRef): CustomerSearch | undefined {
  if (ref.by === 'tenantId') return undefined;
  return ref.by === 'domain' ? { by: 'domain', value: ref.value } : { by: 'companyName', value: ref.value };
}

/** When a sign-in token expires and whom it names, as far as its claims say (Entra checks it at the exchange); either may be missing. */
export function tokenFacts(token: string): { expiresAt?: number; objectId?: string } {
  const exp = claimsOf(token).exp;
  const oid = objectIdOf(token);
  return { ...(typeof exp === 'number' ? { expiresAt: exp * 1000 } : {}), ...(oid ? { objectId: oid } : {}) };
}
