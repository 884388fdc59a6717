// Optional allow-list of Microsoft Entra tenants (ALLOWED_TENANTS; the rules:
// conversation/channel/tenantRules.ts). An activity from any other tenant gets a short, polite answer in
// the user's language and never reaches the bot: nothing is written for it (only a refused
// message reads the user's saved language).
import { Middleware, TurnContext } from 'botbuilder';
import { setInvokeResponse } from '../replies/invokeResponse';
import { Logger } from '../logging/logger';
import { catalogFor } from '../../domain/textCatalog';
import { DEFAULT_LOCALE } from '../../domain/locales';
import { toActivity } from '../../conversation/cards/messages';
import { TurnLocale, turnLocale } from '../locale/turnLocale';
import { turnStateOf } from '../context/turnState';
import { cardActionError } from '../../conversation/cards/cardActions';
import { tenantAllowed, tenantIdsOf, tenantRefusal } from '../../conversation/channel/tenantRules';

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
    return tenantAllowed(this.allowed, activity);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (this.isAllowed(activity)) return next();
    this.logger.warn(
      { correlationId: turnStateOf(context).correlationId, tenant: tenantIdsOf(activity)[0] ?? 'none', channelId: activity.channelId, type: activity.type },
      'activity from a tenant that is not allowed',
    );
    const answer = tenantRefusal(activity);
    if (answer === 'forbidden') return setInvokeResponse(context, { status: 403 });
    if (answer === 'nothing') return;
    // An activity without a user to key on cannot have a saved choice: it still gets an answer.
    const locale = await this.locales.resolve(context).catch(() => turnLocale(context));
    if (answer === 'cardError') return setInvokeResponse(context, { status: 403, body: cardActionError(catalogFor(locale), 'forbidden') });
    const text = catalogFor(locale).messages.tenantNotAllowed ?? catalogFor(DEFAULT_LOCALE).messages.tenantNotAllowed;
    await context.sendActivity(toActivity({ text }, activity.channelId, locale));
  }
}
