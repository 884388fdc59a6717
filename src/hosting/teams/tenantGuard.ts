// Optional allow-list of Microsoft Entra tenants (ALLOWED_TENANTS). An activity from any other
// tenant gets a short, polite answer in the user's language and never reaches the bot: nothing
// is written for it (only a refused message reads the user's saved language). Teams puts the tenant in conversation.tenantId and in
// channelData.tenant.id; when both are present both must be allowed. A Teams activity without a
// tenant is refused; activities of channels that have no tenants (Web Chat, Direct Line) pass.
import { Middleware, TurnContext } from 'botbuilder';
import { setInvokeResponse } from '../replies/invokeResponse';
import { Logger } from '../logging/logger';
import { catalogFor } from '../../domain/textCatalog';
import { DEFAULT_LOCALE } from '../../domain/locales';
import { toActivity } from '../replies/activities';
import { TurnLocale, turnLocale } from '../locale/turnLocale';
import { turnStateOf } from '../context/turnState';
import { CARD_ACTION_INVOKE, cardActionError } from '../../conversation/cardActions';

/** The tenant ids an activity claims, lower-cased. */
export function tenantIdsOf(activity: TurnContext['activity']): string[] {
  const ids: string[] = [];
  const fromConversation = (activity.conversation as { tenantId?: unknown } | undefined)?.tenantId;
  if (typeof fromConversation === 'string' && fromConversation !== '') ids.push(fromConversation.toLowerCase());
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData && typeof channelData === 'object' ? channelData.tenant?.id : undefined;
  if (typeof fromChannelData === 'string' && fromChannelData !== '') ids.push(fromChannelData.toLowerCase());
  return ids;
}

export class TenantGuard implements Middleware {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    allowedTenants: readonly string[],
    private readonly logger: Logger,
    private readonly locales: TurnLocale,
  ) {
    this.allowed = new Set(allowedTenants.map((t) => t.toLowerCase()));
  }

  isAllowed(activity: TurnContext['activity']): boolean {
    if (this.allowed.size === 0) return true;
    const tenants = tenantIdsOf(activity);
    if (tenants.length === 0) return activity.channelId !== 'msteams';
    return tenants.every((t) => this.allowed.has(t));
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (this.isAllowed(activity)) return next();

    this.logger.warn(
      { correlationId: turnStateOf(context).correlationId, tenant: tenantIdsOf(activity)[0] ?? 'none', channelId: activity.channelId, type: activity.type },
      'activity from a tenant that is not allowed',
    );
    // Teams announces an install with both installationUpdate and conversationUpdate: answer once.
    const installed = activity.type === 'installationUpdate' && typeof activity.action === 'string' && activity.action.startsWith('add');
    if (activity.type === 'message' || installed) {
      // An activity without a user to key on cannot have a saved choice: it still gets an answer.
      const locale = await this.locales.resolve(context).catch(() => turnLocale(context));
      const text = catalogFor(locale).messages.tenantNotAllowed ?? catalogFor(DEFAULT_LOCALE).messages.tenantNotAllowed;
      await context.sendActivity(toActivity({ text }, activity.channelId, locale));
    } else if (activity.type === 'invoke' && activity.name === CARD_ACTION_INVOKE) {
      // A card click is told why, as a Universal Actions error the client shows.
      const locale = await this.locales.resolve(context).catch(() => turnLocale(context));
      setInvokeResponse(context, { status: 403, body: cardActionError(catalogFor(locale), 'forbidden') });
    } else if (activity.type === 'invoke') {
      setInvokeResponse(context, { status: 403 });
    }
  }
}
