// The tenant allow-list (ALLOWED_TENANTS) as rules: which tenants an activity claims, whether they
// are allowed, and how a refused activity is answered. Teams puts the tenant in
// conversation.tenantId and in channelData.tenant.id; when both are present both must be allowed.
// A Teams activity without a tenant is refused; activities of channels that have no tenants (Web
// Chat, Direct Line) pass. The host's guard (hosting/teams/tenantGuard.ts) applies them before the turn.
import { isRecord } from '../../domain/records';
import { CARD_ACTION_INVOKE } from '../cards/cardActions';

/** What the rules read of an activity. */
export interface TenantFacts {
  type?: unknown;
  name?: unknown;
  action?: unknown;
  channelId?: unknown;
  conversation?: { tenantId?: unknown };
  channelData?: unknown;
}

/** The tenant ids an activity claims, lower-cased. */
export function tenantIdsOf(activity: TenantFacts): string[] {
  const ids: string[] = [];
  const fromConversation = activity.conversation?.tenantId;
  if (typeof fromConversation === 'string' && fromConversation !== '') ids.push(fromConversation.toLowerCase());
  const tenant = isRecord(activity.channelData) ? activity.channelData.tenant : undefined;
  const fromChannelData = isRecord(tenant) ? tenant.id : undefined;
  if (typeof fromChannelData === 'string' && fromChannelData !== '') ids.push(fromChannelData.toLowerCase());
  return ids;
}

/** Whether the activity may reach the bot; `allowed` lower-cased, empty: no allow-list. */
export function tenantAllowed(allowed: ReadonlySet<string>, activity: TenantFacts): boolean {
  if (allowed.size === 0) return true;
  const tenants = tenantIdsOf(activity);
  if (tenants.length === 0) return activity.channelId !== 'msteams';
  return tenants.every((t) => allowed.has(t));
}

/**
 * How a refused activity is answered: a message saying so (to a message, and once to an install:
 * Teams announces one with both installationUpdate and conversationUpdate), a Universal Actions
 * error the client shows (a card click), a bare 403 (any other invoke), or nothing.
 */
export function tenantRefusal(activity: TenantFacts): 'message' | 'cardError' | 'forbidden' | 'nothing' {
  const installed = activity.type === 'installationUpdate' && typeof activity.action === 'string' && activity.action.startsWith('add');
  if (activity.type === 'message' || installed) return 'message';
  if (activity.type === 'invoke') return activity.name === CARD_ACTION_INVOKE ? 'cardError' : 'forbidden';
  return 'nothing';
}
