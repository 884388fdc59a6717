// From a verified Partner Center event to a change of the partner's case: what the event asks for,
// which kind of item it concerns, which object (the audit record's, or ResourceUri's), and what
// happened, as the pure domain/eventReports.ts decides it. The follow-up itself (finding the item,
// once-only, the message) is the follow-ups' (followUps.ts). An acceptance names only a customer,
// so it is acted on only when that customer is this partner's, read with the partner's own app
// (partnerCustomers.ts); any other is recorded ('unknown') and nobody is told.
import { acceptingTenantOf, eventPlan, reportOf, ReportedChange } from '../../domain/eventReports';
import type { PartnerCenterEvent } from '../../domain/partnerCenterEvents';
import type { Logger } from '../logging/logger';
import type { AppTokens } from '../microsoftApis/appTokens';
import { readEventDetails } from '../microsoftApis/auditRecords';
import type { DeliverEvent } from './eventsRoute';
import { PartnerCustomers } from './partnerCustomers';
import { acceptanceAfterRead } from '../../conversation/followUps/customerReads';

export type ChangeSink = (change: ReportedChange, source: 'event' | 'poll') => Promise<'delivered' | 'unknown'>;

export interface EventDeliveryOptions {
  onChange: ChangeSink;
  /** An access assignment event for a relationship: its assignments read at the poller's next round (followUps.ts). */
  onAccessEvent?: (relationshipId: string) => Promise<'delivered' | 'unknown'>;
  logger: Logger;
  /** The app's tokens for the audit record; without them ResourceUri alone names the object. */
  tokens?: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration, known once the stand-ins run). */
  endpoints?: () => Promise<{ partnerCenter: string }>;
  /** The partner tenant whose app reads (FOLLOW_UP_APP_ID's tenant): acceptances match its invitations only. */
  partnerTenantId?: string;
}

export function eventDelivery(options: EventDeliveryOptions): DeliverEvent {
  const logger = options.logger.child({ component: 'partnerCenterEvents' });
  const customers = options.tokens
    ? new PartnerCustomers({ tokens: options.tokens, ...(options.endpoints ? { endpoints: options.endpoints } : {}) })
    : undefined;
  return async (event: PartnerCenterEvent, id: string) => {
    const plan = eventPlan(event, options.onAccessEvent !== undefined);
    switch (plan.plan) {
      case 'test':
        logger.info({ id }, 'Partner Center test event received: delivery works');
        return 'test';
      case 'ignore':
        return 'ignored';
      case 'logOnly':
        logger.info({ id, event: event.name }, 'Access assignment event naming no relationship (or not followed here): logged only');
        return plan.outcome;
      case 'readAccess': {
        const outcome = await options.onAccessEvent!(plan.relationshipId);
        logger.info({ id, event: event.name, outcome }, "Access assignment event: the relationship's assignments are read next");
        return outcome;
      }
      case 'report':
        break;
    }
    const baseUrl = options.endpoints ? (await options.endpoints()).partnerCenter : undefined;
    const details = await readEventDetails(event, { ...(options.tokens ? { tokens: options.tokens } : {}), ...(baseUrl ? { baseUrl } : {}) });
    const reported = reportOf(plan.change, details, event.changedAt);
    if (reported === 'noRelationship') {
      logger.warn({ id, event: event.name }, 'Partner Center event names no relationship: nothing to follow up');
      return 'unknown';
    }
    if (reported.kind === 'resellerAcceptance') return accepted(reported, acceptingTenantOf(details), id);
    const outcome = await options.onChange(reported, 'event');
    if (outcome === 'unknown') logger.info({ id, event: event.name }, 'Partner Center event for no open item of this bot: answered, nothing sent');
    return outcome;
  };

  /** An acceptance, for the partner's own customer only; a failed read is thrown, so Partner Center delivers the event again. */
  async function accepted(reported: ReportedChange, customerTenantId: string | undefined, id: string): Promise<'delivered' | 'unknown'> {
    if (!customers || !customerTenantId) {
      logger.warn(
        { id },
        "A reseller acceptance could not be checked against the partner's customers (no follow-up app, or no customer named): nobody is told",
      );
      return 'unknown';
    }
    const after = acceptanceAfterRead(await customers.find({ tenantId: customerTenantId }));
    if (after !== 'notOurs' && 'readAgain' in after) throw new Error(`The accepting customer could not be read (${after.readAgain})`);
    if (after === 'notOurs') {
      logger.info({ id }, "A reseller acceptance for a customer who is not this partner's: recorded, nobody is told");
      return 'unknown';
    }
    const tenant = options.partnerTenantId ? { partnerTenantId: options.partnerTenantId } : {};
    const outcome = await options.onChange({ ...reported, customer: after.tell, ...tenant }, 'event');
    if (outcome === 'unknown') logger.info({ id }, 'A reseller acceptance that no invitation here names: recorded, nobody is told');
    return outcome;
  }
}
