// The stand-ins for the local demonstration, started together: Partner Center and Microsoft Graph
// (with the token endpoint the on-behalf-of exchange goes to), and the Bot Framework token service
// (the bot's OAuthUrl), on 127.0.0.1. A few sample customers are seeded; the partner's users sign
// in with MFA and Partner Center requires it, as it does for App+User calls since April 2026.
// Never loaded by src/, never in a production build.
import { randomUUID } from 'crypto';
import type { Standins as AppStandins } from '../../src/hosting/actions';
import { SERVICE_SCOPES, StandinOnBehalfOf } from './onBehalfOf';
import { PartnerCenterStandin, StandinCustomer } from './partnerCenterStandin';
import { TokenServiceStandin } from './tokenService';
import { signEvent } from './eventSigning';
import { CustomerSide } from './customerSide';
import type { DemoSample } from '../../src/hosting/webchat';

/** What the app takes (its Standins: the URLs, the on-behalf-of grant, stop) and the stand-ins themselves, for tests to watch. */
export interface Standins extends AppStandins {
  partnerCenter: PartnerCenterStandin;
  tokenService: TokenServiceStandin;
  /** The page where a newcomer accepts an invitation as the customer (customerSide.ts). */
  customerSideUrl: string;
  /** Microsoft Entra's token endpoint of the stand-ins (the on-behalf-of exchange and the app's token). */
  tokenUrl: string;
  /** How many times each event is posted (Partner Center retries; a test posts three to see one message). */
  eventCopies: number;
  /** The events' answers, as posted (a test reads them). */
  eventAnswers: number[];
  /** Other instances' events routes: the copies go round them and `eventsTo` (a test of two instances). */
  alsoTo: string[];
}

/**
 * Partner Center's event for a change, signed as Partner Center signs (the demonstration's test
 * authority, which only the demonstration's bot trusts), posted to the bot's events route.
 */
async function postEvent(
  standins: Standins,
  name: string,
  resourceUri: string,
  resourceName = 'GranularAdminRelationship',
  auditUri: string | null = null,
): Promise<void> {
  if (!standins.eventsTo) return;
  const targets = [standins.eventsTo, ...standins.alsoTo];
  const body = JSON.stringify({
    EventName: name,
    ResourceUri: resourceUri,
    ResourceName: resourceName,
    AuditUri: auditUri,
    // Partner Center writes seven fractional digits and +00:00 (the webhook-events page's samples).
    ResourceChangeUtcDate: new Date().toISOString().replace('Z', '0000+00:00'),
  });
  for (let copy = 0; copy < standins.eventCopies; copy++) {
    const answer = await fetch(targets[copy % targets.length]!, { method: 'POST', headers: signEvent(body), body }).catch(() => undefined);
    standins.eventAnswers.push(answer?.status ?? 0);
  }
}

/** The sample customers (fixed ids, so a demonstration can be repeated word for word). */
export const SAMPLE_CUSTOMERS: readonly StandinCustomer[] = [
  {
    id: '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31',
    tenantId: '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31',
    domain: 'contoso.onmicrosoft.com',
    companyName: 'Contoso Ltd',
  },
  {
    id: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42',
    tenantId: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42',
    domain: 'fabrikam.onmicrosoft.com',
    companyName: 'Fabrikam Inc',
  },
  {
    id: '3e8c4b7a-5d9f-4a43-9b6c-8f0e2d3a4c53',
    tenantId: '3e8c4b7a-5d9f-4a43-9b6c-8f0e2d3a4c53',
    domain: 'northwind.onmicrosoft.com',
    companyName: 'Northwind Traders',
  },
  {
    id: '5a0e6d9c-7f1b-4c65-9d8e-0b2a4f5c6e75',
    tenantId: '5a0e6d9c-7f1b-4c65-9d8e-0b2a4f5c6e75',
    domain: 'wideworldimporters.onmicrosoft.com',
    companyName: 'Wide World Importers',
  },
];

/**
 * The sample customer whose GDAP relationship reaches its last month at once: active as soon as it
 * approves, ending DEMO_ENDS_IN_DAYS later (auto-extend off), so the reminder before the end comes.
 */
export const SAMPLE_ENDING = SAMPLE_CUSTOMERS[3]!;
export const DEMO_ENDS_IN_DAYS = 20;

/**
 * The sample customer whose current partner never answers a transfer request: it stays pending
 * (Partner Center's "Active"), so the demonstration can cancel it, or hand it over first.
 */
export const SAMPLE_PENDING = SAMPLE_CUSTOMERS[1]!;

/** A customer the demonstration's partner invites: it accepts the reseller relationship a few seconds after the link is asked for. */
export const SAMPLE_INVITEE: StandinCustomer = {
  id: '4f9d5c8b-6e0a-4b54-8c7d-9a1f3e4b5d64',
  tenantId: '4f9d5c8b-6e0a-4b54-8c7d-9a1f3e4b5d64',
  domain: 'tailspin.onmicrosoft.com',
  companyName: 'Tailspin Toys',
};

/**
 * The partner a transfer request moves a sample customer's subscriptions from: what the transfer
 * form asks as the current partner's tenant ID and name (the stand-in takes any, this one is offered).
 */
export const SAMPLE_CURRENT_PARTNER = { tenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Fourth Coffee' } as const;

/** What a newcomer types in the demonstration's forms, said on start-up and on the sign-in page. */
export const SAMPLE_NOTE =
  `Sample customers: ${SAMPLE_CUSTOMERS.map((c) => c.domain).join(', ')}. ` +
  `For a transfer request, the current partner's tenant ID: ${SAMPLE_CURRENT_PARTNER.tenantId} (name: ${SAMPLE_CURRENT_PARTNER.name}). ` +
  `On an invitation link's card, follow ${SAMPLE_INVITEE.domain}: it accepts a few seconds later (or accept for any customer on the customer's side page). ` +
  `A GDAP relationship with ${SAMPLE_ENDING.domain} ends ${DEMO_ENDS_IN_DAYS} days after its approval: the reminder before its end follows. ` +
  `A transfer request for ${SAMPLE_PENDING.domain} stays pending (cancel it, or hand it to a colleague: type team cases).`;

/** What the demonstration's Web Chat page shows in its banner: the values its forms take. */
export function demoSample(standins: Pick<Standins, 'customerSideUrl'>): DemoSample {
  return {
    customers: SAMPLE_CUSTOMERS.map((c) => c.domain),
    currentPartner: { ...SAMPLE_CURRENT_PARTNER },
    invitee: SAMPLE_INVITEE.domain,
    customerSideUrl: standins.customerSideUrl,
  };
}

/**
 * Where everything of the demonstration is, for the terminal: the bot's page and events route, each
 * stand-in's address, and the base URL `npm run webhooks -- … --base-url` takes.
 */
export function demoAddresses(
  botUrl: string,
  standins: Pick<Standins, 'partnerCenterUrl' | 'graphUrl' | 'tokenUrl' | 'tokenServiceUrl' | 'customerSideUrl'>,
): string {
  const rows: [string, string][] = [
    ['Web Chat page (the demonstration)', `${botUrl}/`],
    ["The bot's Partner Center events route", `${botUrl}/api/partnercenter/events`],
    ['Partner Center stand-in (--base-url of npm run webhooks)', standins.partnerCenterUrl],
    ['Microsoft Graph stand-in', standins.graphUrl],
    ['Microsoft Entra token endpoint stand-in', standins.tokenUrl],
    ['Bot Framework token service stand-in (its /signin pages)', standins.tokenServiceUrl],
    ["The customer's side (accept an invitation)", standins.customerSideUrl],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, url]) => `  ${name.padEnd(width)}  ${url}`).join('\n');
}

/** How long the stand-in customer takes to approve a GDAP request, and the current partner to complete a transfer. */
export const DEMO_APPROVAL_MS = 5_000;
export const DEMO_TRANSFER_MS = 10_000;
export const DEMO_ACCEPT_MS = 8_000;
/** An approved relationship is `approved`, then `activating`, and `active` this long after the approval (D8, D19). */
export const DEMO_ACTIVATION_MS = 20_000;
/** An access assignment stays `pending` this long before Graph reports it `active` (long enough to see it on Check status). */
export const DEMO_ASSIGNMENT_MS = 15_000;

/** The app's own token, as the stand-in's token endpoint issues one (no user): what the follow-ups' status reads carry. */
async function appToken(tokenUrl: string, resource: 'partnerCenter' | 'graph'): Promise<string | undefined> {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'standin', scope: SERVICE_SCOPES[resource] }).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown };
  return response.ok && typeof body.access_token === 'string' ? body.access_token : undefined;
}

export async function startStandins(): Promise<Standins> {
  const partnerCenter = new PartnerCenterStandin();
  partnerCenter.requireMfa = true;
  // A customer "approves" a GDAP request a few seconds after it was sent (the follow-up then comes
  // within seconds, the poller finding it), and the current partner completes a transfer a little later.
  partnerCenter.approvalDelayMs = DEMO_APPROVAL_MS;
  partnerCenter.transferDelayMs = DEMO_TRANSFER_MS;
  partnerCenter.activationDelayMs = DEMO_ACTIVATION_MS;
  partnerCenter.access.activationMs = DEMO_ASSIGNMENT_MS;
  partnerCenter.endsWithinDays.set(SAMPLE_ENDING.tenantId, DEMO_ENDS_IN_DAYS);
  partnerCenter.pendingTransfersFor.add(SAMPLE_PENDING.tenantId.toLowerCase());
  for (const customer of SAMPLE_CUSTOMERS) partnerCenter.addCustomer({ ...customer });
  partnerCenter.invitees.push({ ...SAMPLE_INVITEE });
  partnerCenter.acceptDelayMs = DEMO_ACCEPT_MS;
  // The partner's users belong to the partner's own tenant.
  const tokenService = new TokenServiceStandin({ tenantId: partnerCenter.partnerTenantId, note: SAMPLE_NOTE });
  const customerSide = new CustomerSide(partnerCenter, SAMPLE_INVITEE.domain);
  const urls = await partnerCenter.start();
  let tokenServiceUrl: string;
  let customerSideUrl: string;
  try {
    tokenServiceUrl = await tokenService.start();
    customerSideUrl = await customerSide.start();
  } catch (error) {
    await Promise.all([partnerCenter.stop(), tokenService.stop()]);
    throw error;
  }
  const standins: Standins = {
    eventCopies: 1,
    eventAnswers: [],
    alsoTo: [],
    partnerCenterUrl: urls.partnerCenter,
    graphUrl: urls.graph,
    tokenServiceUrl,
    customerSideUrl,
    tokenUrl: urls.token,
    onBehalfOf: new StandinOnBehalfOf(urls.token),
    appToken: (resource) => appToken(urls.token, resource),
    // Who signed in: the stand-in token service vouches for the tokens it issued (Entra's keys do, in Azure).
    verifySignIn: async (token) => tokenService.verifyIssued(token),
    partnerCenter,
    tokenService,
    stop: async () => {
      await Promise.all([tokenService.stop(), partnerCenter.stop(), customerSide.stop()]);
    },
  };
  // The customer's approval reaches the bot as Partner Center's webhook would bring it (the poller finds it too, later).
  // As Partner Center sends it: ResourceUri "{baseURL}/granularAdminRelationships/{id}" and an
  // AuditUri whose record holds the relationship in resourceNewValue (partner-center-webhook-events).
  partnerCenter.onApproved = (relationship) => {
    const auditId = randomUUID();
    const customer = (relationship.customer ?? {}) as Record<string, unknown>;
    partnerCenter.auditRecords.set(auditId, {
      id: auditId,
      operationType: 'update_granular_admin_relationship',
      resourceType: 'granularAdminRelationship',
      customerId: customer.tenantId,
      customerName: customer.displayName,
      resourceNewValue: JSON.stringify({ Id: relationship.id, customer: { tenantId: customer.tenantId, organizationDisplayName: customer.displayName } }),
      operationDate: new Date().toISOString(),
    });
    void postEvent(
      standins,
      'granular-admin-relationship-approved',
      `${urls.partnerCenter}/granularAdminRelationships/${String(relationship.id)}`,
      'GranularAdminRelationship',
      `${urls.partnerCenter}/auditactivity/v1/auditrecords/${auditId}`,
    );
  };
  // The demonstration's partner has registered the bot's callback already (show, test work at once).
  partnerCenter.registeredFirst = () => standins.eventsTo;
  // A test event (npm run webhooks -- test --base-url <stand-in>) goes to the registered URL, signed as the others.
  partnerCenter.deliverTestEvent = async (webhookUrl, resourceUri) => {
    const body = JSON.stringify({
      EventName: 'test-created',
      ResourceUri: resourceUri,
      ResourceName: 'test',
      AuditUri: null,
      ResourceChangeUtcDate: new Date().toISOString().replace('Z', '0000+00:00'),
    });
    const answer = await fetch(webhookUrl, { method: 'POST', headers: signEvent(body), body }).catch(() => undefined);
    return answer?.status ?? 0;
  };
  // The invitee's acceptance names only the customer (Customer resource), as Partner Center's does.
  partnerCenter.onAccepted = (customer) =>
    void postEvent(standins, 'reseller-relationship-accepted-by-customer', `${urls.partnerCenter}/v1/customers/${customer.id}`, 'Customer');
  return standins;
}
