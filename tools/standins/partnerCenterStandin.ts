// A stand-in for Partner Center's REST API, Microsoft Graph's GDAP endpoints and a token service,
// for tests and local runs only (never loaded by src/, never in a production build). In memory,
// the documented shapes, every request kept so a test asserts what was sent, calls counted per
// endpoint, MS-RequestId honoured as Partner Center does (same id, same transfer), and a switch
// that answers the next call with a chosen status or late. Error codes other than 900419 (the
// MFA one the client knows) are illustrative: the client goes by the HTTP status.
// Its /token answers Microsoft Entra's on-behalf-of grant (the user's sign-in token in, a service
// token for that user out: oid, tid, amr and name copied from the assertion) as well as a plain
// grant (a fresh user each time, MFA as tokenMfa says).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { GraphAccessStandin } from './graphAccess';
import { cancelTransfer, relationshipEtag, updateRelationship } from './standinUpdates';
import { REGISTERED_EVENTS } from '../../src/domain/partnerCenterEvents';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReceivedRequest {
  method: string;
  /** The request line's target as sent, encoding and all. */
  url: string;
  /** Path without the service prefix (`/v1/customers/relationshiprequests`) and without the query. */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** The endpoint it counts for (`POST /v1/customers/{customerId}/transfers`). */
  endpoint: string;
}

/** How the next call is answered instead: a status (and body, headers), or the normal answer late. */
export interface StandinReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface StandinCustomer {
  id: string;
  tenantId: string;
  domain: string;
  companyName: string;
}

type Json = Record<string, unknown>;

/** Ready-made answers for the failure kinds. */
export const REPLIES = {
  unauthorized: { status: 401, body: { code: 401, description: 'The token is invalid or expired.', errorName: 'Unauthorized' } },
  mfaRequired: { status: 401, body: { code: 900419, description: 'Multi-factor authentication is required.', errorName: 'MfaRequired' } },
  claimsChallenge: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="' }, body: {} },
  adminAgentMissing: { status: 403, body: { code: 600024, description: 'The user is not an Admin agent.', errorName: 'Forbidden' } },
  graphForbidden: { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } },
  notFound: { status: 404, body: { code: 600001, description: 'Not found.', errorName: 'NotFound' } },
  conflict: { status: 409, body: { error: { code: 'Conflict', message: 'Already exists.' } } },
  throttled: { status: 429, headers: { 'Retry-After': '17' }, body: { code: 429, description: 'Too many requests.' } },
  unavailable: { status: 500, body: { code: 500, description: 'Internal error.' } },
} satisfies Record<string, StandinReply>;

export class PartnerCenterStandin {
  readonly received: ReceivedRequest[] = [];
  readonly partnerTenantId = randomUUID();
  readonly customers: StandinCustomer[] = [];
  /** Partner Center refuses a token without `amr: ["mfa"]` (App+User calls since April 2026). */
  requireMfa = false;
  /** Whether the tokens /token issues carry the MFA claim (not on-behalf-of ones: they carry the user token's). */
  tokenMfa = true;
  /** Every token /token issued, to look for where they must never be. */
  readonly issued: string[] = [];
  private readonly replies: StandinReply[] = [];
  private readonly counts = new Map<string, number>();
  private readonly transfers = new Map<string, Json>();
  private readonly transfersByRequestId = new Map<string, Json>();
  private readonly relationships = new Map<string, Json>();
  /** The partner tenant's groups and the relationships' access assignments. */
  readonly access = new GraphAccessStandin();
  private server: http.Server | undefined;
  private base = '';

  /** Starts on a free local port; the base URLs to give the clients. */
  async start(): Promise<{ partnerCenter: string; graph: string; token: string }> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return { partnerCenter: `${this.base}/pc`, graph: `${this.base}/graph/v1.0`, token: `${this.base}/token` };
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next call (not /token) is answered with this instead; queued in order. */
  /** How long after its lock for approval a relationship becomes active by itself (never, unless set: a test approves it). */
  approvalDelayMs = Number.POSITIVE_INFINITY;
  private readonly lockedAt = new Map<string, number>();
  /**
   * How long an approved relationship takes to become active (review D8, D19): Graph reports it
   * `approved`, then `activating` (from half the delay), then `active`. 0: active at once.
   */
  activationDelayMs = 0;
  /** The activation's clock (a test moves it). */
  activationClock: () => number = Date.now;
  private readonly approvedAt = new Map<string, number>();
  /**
   * Customers (by tenant ID, lower case) whose relationships reach their last month at once, for the
   * demonstration: active as soon as approved, and ending this many days later whatever duration
   * was asked, as if approved long ago (nobody waits two years to see the reminder before the end).
   */
  readonly endsWithinDays = new Map<string, number>();

  /** How long after its creation a transfer is completed by the current partner (never, unless set: a test completes it). */
  transferDelayMs = Number.POSITIVE_INFINITY;
  /** Told when a customer approves a relationship (the demonstration can post Partner Center's event from it). */
  onApproved?: (relationship: Json) => void;
  /**
   * Partner Center's webhook registration (webhooks/v1/registration): one per partner tenant, as
   * Partner Center keeps it; undefined until registered.
   */
  registration: { webhookUrl: string; webhookEvents: string[]; signatureTokenToMsSignatureHeader?: boolean } | undefined = undefined;
  /** The demonstration's registration before any register: the bot's own callback, once it is known. */
  registeredFirst?: () => string | undefined;
  /** Test events asked for (validationEvents), by correlation id, with what delivering them answered. */
  readonly validationEvents = new Map<string, Json>();
  /** Audit records (auditactivity/v1/auditrecords/{id}) the stand-in's events point to. */
  readonly auditRecords = new Map<string, Json>();
  /** Posts a test-created event to the registered URL (the demonstration signs it); the HTTP status it was answered. */
  deliverTestEvent?: (webhookUrl: string, resourceUri: string) => Promise<number>;
  /** Customers (by tenant ID, lower case) whose current partner never accepts a transfer: it stays pending until cancelled. */
  readonly pendingTransfersFor = new Set<string>();
  /** Told when a transfer completes. */
  onTransferCompleted?: (transfer: Json) => void;
  private readonly timers = new Set<NodeJS.Timeout>();

  /** The customer approves a relationship waiting for approval (Graph then reports it active). */
  approve(relationshipId: string): boolean {
    const found = this.relationships.get(relationshipId);
    if (!found || found.status !== 'approvalPending') return false;
    found.status = this.activationDelayMs > 0 && this.daysLeftOf(found) === undefined ? 'approved' : 'active';
    found['@odata.etag'] = relationshipEtag();
    this.approvedAt.set(relationshipId, this.activationClock());
    if (found.status === 'active') this.activated(found, this.activationClock());
    this.onApproved?.(found);
    return true;
  }

  /** An approved relationship moved on by the time since its approval: approved, activating, active. */
  private settle(relationship: Json | undefined): Json | undefined {
    const at = relationship ? this.approvedAt.get(relationship.id as string) : undefined;
    if (!relationship || at === undefined || (relationship.status !== 'approved' && relationship.status !== 'activating')) return relationship;
    const elapsed = this.activationClock() - at;
    const before = relationship.status;
    relationship.status = elapsed >= this.activationDelayMs ? 'active' : elapsed >= this.activationDelayMs / 2 ? 'activating' : 'approved';
    if (relationship.status !== before) relationship['@odata.etag'] = relationshipEtag();
    if (relationship.status === 'active') this.activated(relationship, at + this.activationDelayMs);
    return relationship;
  }

  /** Graph's activatedDateTime and endDateTime (activatedDateTime + duration, in days here; sooner for endsWithinDays' customers). */
  private activated(relationship: Json, at: number): void {
    const match = /^P(\d{1,4})D$/.exec(String(relationship.duration ?? ''));
    const days = match ? Number(match[1]) : undefined;
    const left = this.daysLeftOf(relationship);
    const ends = left !== undefined && days !== undefined ? Math.min(left, days) : days;
    relationship.activatedDateTime = new Date(at).toISOString();
    relationship['@odata.etag'] = relationshipEtag();
    if (ends !== undefined) relationship.endDateTime = new Date(at + ends * 86_400_000).toISOString();
  }

  /** The days an endsWithinDays customer's relationship has left once active; undefined for the others. */
  private daysLeftOf(relationship: Json): number | undefined {
    const tenantId = (relationship.customer as Json | undefined)?.tenantId;
    return typeof tenantId === 'string' ? this.endsWithinDays.get(tenantId.toLowerCase()) : undefined;
  }

  /** The current partner accepts a transfer: Partner Center then reports it Complete. */
  completeTransfer(transferId: string): boolean {
    const found = this.transfers.get(transferId);
    if (!found || found.status !== 'Active') return false;
    // TransferEntity's documented values are "Active" and "Completed" (transfer-entity-resources).
    found.status = 'Completed';
    this.onTransferCompleted?.(found);
    return true;
  }

  /** Runs `work` after `ms` (when finite), unless the stand-in stops first. */
  private later(ms: number, work: () => void): void {
    if (!Number.isFinite(ms)) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      work();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  answerNext(reply: StandinReply): void {
    this.replies.push(reply);
  }

  /** Transfers and relationships held: what was really made, however often it was asked for. */
  made(): { transfers: number; relationships: number } {
    return { transfers: this.transfers.size, relationships: this.relationships.size };
  }

  /** A relationship as kept (a test changes what Graph will report of it). */
  relationship(id: string): Json | undefined {
    return this.relationships.get(id);
  }

  /** The transfers made, by id (oldest first). */
  transferIds(): string[] {
    return [...this.transfers.keys()];
  }

  calls(endpoint: string): number {
    return this.counts.get(endpoint) ?? 0;
  }

  /** Customers the partner invited who have not accepted yet: acceptInvitations makes them customers. */
  readonly invitees: StandinCustomer[] = [];
  /** How long after the invitation link is asked for the invitees accept (never, unless set: a test accepts). */
  acceptDelayMs = Number.POSITIVE_INFINITY;
  /** Told when a customer accepts the reseller relationship (the demonstration posts Partner Center's event from it). */
  onAccepted?: (customer: StandinCustomer) => void;

  /** The invitees accept the reseller relationship: each becomes one of the partner's customers. */
  acceptInvitations(): void {
    for (const invitee of this.invitees.splice(0)) {
      this.customers.push(invitee);
      this.onAccepted?.(invitee);
    }
  }

  /**
   * One customer accepts the invitation (the demonstration's customer side): an invitee, or any
   * customer the partner names by domain (made up on the spot, as a new tenant). One who already
   * is the partner's customer accepts nothing: Partner Center would send no event either.
   */
  acceptInvitation(domainOrTenantId: string): { customer: StandinCustomer; already: boolean } {
    const wanted = domainOrTenantId.trim().toLowerCase();
    const named = (c: StandinCustomer): boolean => c.domain.toLowerCase() === wanted || c.tenantId.toLowerCase() === wanted;
    const already = this.customers.find(named);
    if (already) return { customer: already, already: true };
    const index = this.invitees.findIndex(named);
    const customer = index >= 0 ? this.invitees.splice(index, 1)[0]! : madeUpCustomer(wanted);
    this.customers.push(customer);
    this.onAccepted?.(customer);
    return { customer, already: false };
  }

  addCustomer(customer: Omit<StandinCustomer, 'id'> & { id?: string }): StandinCustomer {
    const added = { id: customer.id ?? customer.tenantId, ...customer };
    this.customers.push(added);
    return added;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    if (req.method === 'POST' && url.pathname === '/token') {
      this.counts.set('POST /token', this.calls('POST /token') + 1);
      const [status, answer] = this.issueToken(text);
      return this.send(res, status, answer);
    }
    const [service, path] = url.pathname.startsWith('/pc/') ? ['pc', url.pathname.slice(3)] : ['graph', url.pathname.slice('/graph/v1.0'.length)];
    const endpoint = `${req.method} ${endpointOf(path)}`;
    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return this.send(res, 400, { code: 400, description: 'The body is not JSON.' });
    }
    this.received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      endpoint,
    });
    this.counts.set(endpoint, this.calls(endpoint) + 1);

    const reply = this.replies.shift();
    if (reply?.status !== undefined) return this.send(res, reply.status, reply.body, reply.headers, reply.delayMs);
    const auth = this.authorize(service, req.headers.authorization);
    const [status, answer] =
      auth ??
      (service === 'pc' ? this.partnerCenter(req.method ?? '', path, url, req.headers, body) : this.graph(req.method ?? '', path, url, body, req.headers));
    return this.send(res, status, answer, {}, reply?.delayMs);
  }

  private authorize(service: string, header: string | undefined): [number, unknown] | undefined {
    const claims = claimsOf(header);
    if (!claims) return [401, service === 'pc' ? REPLIES.unauthorized.body : { error: { code: 'InvalidAuthenticationToken', message: 'No token.' } }];
    const amr = Array.isArray(claims.amr) ? (claims.amr as unknown[]) : [];
    if (service === 'pc' && this.requireMfa && !amr.includes('mfa')) return [401, REPLIES.mfaRequired.body];
    return undefined;
  }

  /**
   * What "Partner Center REST headers" requires (learn.microsoft.com/partner-center/developer/headers):
   * MS-Contract-Version, and MS-RequestId / MS-CorrelationId as GUIDs. Refused like Partner Center's 400.
   */
  private headerProblem(headers: http.IncomingHttpHeaders): string | undefined {
    if (headers['ms-contract-version'] !== 'v1') return 'MS-Contract-Version is required (v1).';
    for (const name of ['ms-requestid', 'ms-correlationid']) if (!GUID.test(String(headers[name] ?? ''))) return `${name} must be a GUID.`;
    return undefined;
  }

  private partnerCenter(method: string, path: string, url: URL, headers: http.IncomingHttpHeaders, body: unknown): [number, unknown] {
    const problem = this.headerProblem(headers);
    if (problem) return [400, { code: 400, description: problem }];
    const webhooks = this.webhooks(method, path, body);
    if (webhooks) return webhooks;
    const audit = /^\/auditactivity\/v1\/auditrecords\/([^/]+)$/.exec(path);
    if (audit && method === 'GET') {
      const record = this.auditRecords.get(decodeURIComponent(audit[1]!));
      return record ? [200, record] : [404, REPLIES.notFound.body];
    }
    if (method === 'GET' && path === '/v1/customers/relationshiprequests') {
      const link = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${this.partnerTenantId}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
      this.later(this.acceptDelayMs, () => this.acceptInvitations());
      return [200, { url: link, attributes: { objectType: 'RelationshipRequest' } }];
    }
    if (method === 'GET' && path === '/v1/customers') {
      const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as { Field?: string; Value?: string; Operator?: string };
      const value = (filter.Value ?? '').toLowerCase();
      const field = filter.Field === 'Domain' ? 'domain' : 'companyName';
      const items = this.customers.filter((c) => c[field].toLowerCase().startsWith(value)).map(customerResource);
      return [200, { totalCount: items.length, items, attributes: { objectType: 'Collection' } }];
    }
    // "Get a customer by ID": one of this partner's customers, 404 for anyone else's.
    const one = /^\/v1\/customers\/([^/]+)$/.exec(path);
    if (method === 'GET' && one) {
      const id = decodeURIComponent(one[1]!).toLowerCase();
      const c = this.customers.find((x) => x.id.toLowerCase() === id || x.tenantId.toLowerCase() === id);
      return c ? [200, customerResource(c)] : [404, REPLIES.notFound.body];
    }
    const transfer = /^\/v1\/customers\/([^/]+)\/transfers(?:\/([^/]+))?$/.exec(path);
    if (!transfer) return [404, REPLIES.notFound.body];
    const customer = this.customers.find((c) => c.id === decodeURIComponent(transfer[1]!));
    if (!customer) return [404, REPLIES.notFound.body];
    if (method === 'GET' && transfer[2]) {
      const found = this.transfers.get(decodeURIComponent(transfer[2]));
      return found ? [200, found] : [404, REPLIES.notFound.body];
    }
    if (method === 'PATCH' && transfer[2]) return cancelTransfer(this.transfers.get(decodeURIComponent(transfer[2])), body);
    if (method !== 'POST' || transfer[2]) return [405, { code: 405, description: 'Method not allowed.' }];
    const requestId = String(headers['ms-requestid'] ?? '');
    const seen = requestId ? this.transfersByRequestId.get(requestId) : undefined;
    if (seen) return [201, seen];
    const b = (body ?? {}) as Json;
    // TransferEntity: transferType is a number, 3 (ModernAzure) or 5 (NewCommerce, the one to standardise on).
    if (b.transferType !== 3 && b.transferType !== 5) return [400, { code: 400, description: 'transferType must be 3 or 5.' }];
    if (b.partnerOnRecord !== undefined && !/^\d+$/.test(String(b.partnerOnRecord)))
      return [400, { code: 400, description: 'partnerOnRecord is a partner ID.' }];
    const created = new Date();
    const made: Json = {
      id: randomUUID(),
      status: 'Active',
      customerTenantId: b.customerTenantId ?? customer.tenantId,
      customerName: b.customerName ?? customer.companyName,
      partnerTenantId: b.targetPartnerTenantId,
      sourcePartnerTenantId: b.sourcePartnerTenantId,
      sourcePartnerName: b.sourcePartnerName,
      targetPartnerTenantId: b.targetPartnerTenantId,
      targetPartnerName: b.targetPartnerName,
      transferType: b.transferType,
      ...(b.partnerOnRecord !== undefined ? { partnerOnRecord: b.partnerOnRecord } : {}),
      lineItems: Array.isArray(b.lineItems) ? b.lineItems : [],
      createdTime: created.toISOString(),
      expirationTime: new Date(created.getTime() + 30 * 86_400_000).toISOString(),
      attributes: { objectType: 'TransferEntity' },
    };
    this.transfers.set(made.id as string, made);
    if (requestId) this.transfersByRequestId.set(requestId, made);
    // A customer whose current partner never answers keeps its requests pending (the demonstration cancels one).
    if (!this.pendingTransfersFor.has(customer.tenantId.toLowerCase())) this.later(this.transferDelayMs, () => this.completeTransfer(made.id as string));
    return [201, made];
  }

  /**
   * Partner Center's webhook API as its page describes it (partner-center-webhooks; REST reference
   * "Webhook"): GET/POST/PUT registration (POST when one exists is refused: "use PUT"), the events
   * it offers, and test events, which need test-created in the registration.
   */
  private webhooks(method: string, path: string, body: unknown): [number, unknown] | undefined {
    const base = '/webhooks/v1/registration';
    const first = this.registration ? undefined : this.registeredFirst?.();
    if (first) this.registration = { webhookUrl: first, webhookEvents: [...DEMO_REGISTERED] };
    if (path === base) {
      if (method === 'GET') return this.registration ? [200, this.registration] : [404, REPLIES.notFound.body];
      if (method !== 'POST' && method !== 'PUT') return [405, { code: 405, description: 'Method not allowed.' }];
      if (method === 'POST' && this.registration) return [400, { code: 400, description: 'The registration already exists; use PUT to update it.' }];
      if (method === 'PUT' && !this.registration) return [404, REPLIES.notFound.body];
      const b = (body ?? {}) as Json;
      const url = b.webhookUrl ?? b.WebhookUrl;
      const events = b.webhookEvents ?? b.WebhookEvents;
      if (typeof url !== 'string' || !URL.canParse(url) || !Array.isArray(events) || !events.every((e) => typeof e === 'string' && WEBHOOK_EVENTS.includes(e)))
        return [400, { code: 400, description: 'webhookUrl and webhookEvents (names Partner Center offers) are required.' }];
      const flag = b.signatureTokenToMsSignatureHeader ?? b.SignatureTokenToMsSignatureHeader;
      this.registration = {
        webhookUrl: url,
        webhookEvents: [...new Set(events as string[])],
        ...(flag === true ? { signatureTokenToMsSignatureHeader: true } : {}),
      };
      return [200, this.registration];
    }
    if (path === `${base}/events` && method === 'GET') return [200, [...WEBHOOK_EVENTS]];
    if (path === `${base}/validationEvents` && method === 'POST') {
      const registration = this.registration;
      if (!registration?.webhookEvents.includes('test-created'))
        return [400, { code: 400, description: 'Register for test-created before asking for a test event.' }];
      const correlationId = randomUUID();
      const record: Json = { correlationId, partnerId: this.partnerTenantId, status: 'queued', events: [] };
      this.validationEvents.set(correlationId, record);
      const resourceUri = `${this.base}/pc${base}/validationEvents/${correlationId}`;
      void (this.deliverTestEvent?.(registration.webhookUrl, resourceUri) ?? Promise.resolve(0)).then((status) => {
        const ok = status >= 200 && status < 300;
        record.status = ok ? 'completed' : 'failed';
        record.events = [
          { dateTimeUtc: new Date().toISOString(), responseCode: String(status), responseMessage: ok ? 'OK' : 'Delivery failed', systemError: '' },
        ];
      });
      return [200, { correlationId }];
    }
    const status = new RegExp(`^${base}/validationEvents/([^/]+)$`).exec(path);
    if (status && method === 'GET') {
      const record = this.validationEvents.get(status[1]!);
      return record ? [200, record] : [404, REPLIES.notFound.body];
    }
    return undefined;
  }

  private graph(method: string, path: string, url: URL, body: unknown, headers: http.IncomingHttpHeaders = {}): [number, unknown] {
    const base = '/tenantRelationships/delegatedAdminRelationships';
    if (path === base && method === 'GET') {
      const name = /^displayName eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '')?.[1]?.replace(/''/g, "'");
      const listed = [...this.relationships.values()].map((r) => this.settle(r)!);
      return [200, { value: listed.filter((r) => name === undefined || r.displayName === name) }];
    }
    if (path === base && method === 'POST') {
      const b = (body ?? {}) as Json;
      if ([...this.relationships.values()].some((r) => r.displayName === b.displayName)) return [409, REPLIES.conflict.body];
      const made: Json = {
        '@odata.type': '#microsoft.graph.delegatedAdminRelationship',
        id: `${randomUUID()}-${randomUUID()}`,
        displayName: b.displayName,
        duration: b.duration,
        customer: b.customer,
        accessDetails: b.accessDetails,
        status: 'created',
        autoExtendDuration: b.autoExtendDuration ?? 'PT0S',
        createdDateTime: new Date().toISOString(),
        '@odata.etag': relationshipEtag(),
      };
      this.relationships.set(made.id as string, made);
      return [201, made];
    }
    const one = new RegExp(`^${base}/([^/]+)$`).exec(path);
    const found = one ? this.relationships.get(decodeURIComponent(one[1]!)) : undefined;
    if (method === 'PATCH' && one) return updateRelationship(this.settle(found), body, headers['if-match'] as string | undefined);
    if (method === 'GET' && one) {
      if (!found) return [404, { error: { code: 'NotFound', message: 'Not found.' } }];
      // The customer's approval, as the demonstration shows it: after a delay, or when a test approves.
      const lockedAt = this.lockedAt.get(found.id as string);
      if (found.status === 'approvalPending' && lockedAt !== undefined && Date.now() - lockedAt >= this.approvalDelayMs) this.approve(found.id as string);
      return [200, this.settle(found)];
    }
    if (method === 'GET' && path === '/groups') return this.access.listGroups(url);
    const group = /^\/groups\/([^/]+)\/(members\/\$count|owners)$/.exec(path);
    if (method === 'GET' && group) {
      const id = decodeURIComponent(group[1]!);
      return group[2] === 'owners' ? this.access.owners(id) : this.access.memberCount(id, String(headers.consistencylevel ?? ''));
    }
    if (method === 'POST' && path === '/me/checkMemberGroups') return this.access.checkMemberGroups(body);
    const assignments = new RegExp(`^${base}/([^/]+)/accessAssignments(?:/([^/]+))?$`).exec(path);
    if (assignments) {
      const of = this.settle(this.relationships.get(decodeURIComponent(assignments[1]!)));
      if (assignments[2] !== undefined) return this.access.one(of, decodeURIComponent(assignments[2]), method, headers['if-match'] as string | undefined);
      return method === 'POST' ? this.access.create(of, body) : this.access.list(of);
    }
    const request = new RegExp(`^${base}/([^/]+)/requests$`).exec(path);
    const relationship = request ? this.relationships.get(decodeURIComponent(request[1]!)) : undefined;
    if (method === 'POST' && relationship) {
      if (relationship.status !== 'created') return [400, { error: { code: 'BadRequest', message: 'Not in status created.' } }];
      relationship.status = 'approvalPending';
      relationship['@odata.etag'] = relationshipEtag();
      this.lockedAt.set(relationship.id as string, Date.now());
      this.later(this.approvalDelayMs, () => this.approve(relationship.id as string));
      return [
        201,
        { '@odata.type': '#microsoft.graph.delegatedAdminRelationshipRequest', id: randomUUID(), action: (body as Json)?.action, status: 'created' },
      ];
    }
    return [404, { error: { code: 'NotFound', message: 'Not found.' } }];
  }

  /**
   * An unsigned JWT (the stand-in never checks a signature). For the on-behalf-of grant (Microsoft
   * Entra's v2-oauth2-on-behalf-of-flow: grant_type jwt-bearer, assertion, requested_token_use
   * on_behalf_of, scope) the user is the assertion's: its oid, tid, amr and name; a missing, unreadable
   * or expired assertion is refused with invalid_grant. Otherwise a fresh user, with MFA when tokenMfa.
   */
  private issueToken(form: string): [number, Json] {
    const params = new URLSearchParams(form);
    const scope = params.get('scope') ?? 'standin';
    let user: Json;
    if (params.get('grant_type') === JWT_BEARER) {
      if (params.get('requested_token_use') !== 'on_behalf_of') return [400, entraError('invalid_request', 'requested_token_use must be on_behalf_of.')];
      const assertion = params.get('assertion') ?? '';
      const claims = assertion ? claimsOfToken(assertion) : undefined;
      if (!claims) return [400, entraError('invalid_grant', 'The assertion is missing or is not a JWT.')];
      if (typeof claims.exp !== 'number' || claims.exp <= Math.floor(Date.now() / 1000)) {
        return [400, entraError('invalid_grant', 'The assertion is not within its valid time range.')];
      }
      user = { oid: claims.oid, tid: claims.tid, amr: claims.amr, name: claims.name };
    } else {
      user = { oid: randomUUID(), amr: this.tokenMfa ? ['pwd', 'mfa'] : ['pwd'] };
    }
    const payload = { aud: audienceOf(scope), ...user, exp: Math.floor(Date.now() / 1000) + 3600 };
    const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
    this.issued.push(token);
    return [200, { token_type: 'Bearer', scope, access_token: token, expires_in: 3600 }];
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): void {
    const write = (): void => {
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (delayMs > 0) setTimeout(write, delayMs);
    else write();
  }
}

/**
 * The events the stand-in's Partner Center offers (GET registration/events): the webhook-events
 * page's names the project meets, and a few others partners register for.
 */
export const WEBHOOK_EVENTS: readonly string[] = [
  'test-created',
  'granular-admin-relationship-approved',
  'granular-admin-relationship-activated',
  'granular-admin-relationship-expired',
  'granular-admin-relationship-terminated',
  'granular-admin-access-assignment-created',
  'granular-admin-access-assignment-activated',
  'granular-admin-access-assignment-updated',
  'granular-admin-access-assignment-deleted',
  'reseller-relationship-accepted-by-customer',
  'indirect-reseller-relationship-accepted-by-customer',
  'azure-fraud-event-detected',
  'subscription-updated',
  'invoice-ready',
];

/**
 * What the demonstration's partner has registered when it starts: this bot's events, so a newcomer's
 * first start is clean (`register` keeping another tool's events is tested with registrations of its own).
 */
const DEMO_REGISTERED: readonly string[] = REGISTERED_EVENTS;

/** The path with its ids as names, so calls count per endpoint. */
function endpointOf(path: string): string {
  return path
    .replace(/^\/v1\/customers\/(?!relationshiprequests)[^/]+/, '/v1/customers/{customerId}')
    .replace(/\/transfers\/[^/]+$/, '/transfers/{transferId}')
    .replace(/(delegatedAdminRelationships)\/[^/]+/, '$1/{id}')
    .replace(/(accessAssignments)\/[^/]+$/, '$1/{assignmentId}')
    .replace(/^\/groups\/[^/]+/, '/groups/{groupId}');
}

function claimsOf(header: string | undefined): Json | undefined {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  return token ? claimsOfToken(token) : undefined;
}

function claimsOfToken(token: string): Json | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Json) : undefined;
  } catch {
    return undefined;
  }
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** A service token's audience: the resource of a URL scope (`https://graph.microsoft.com/.default`), else the scope. */
function audienceOf(scope: string): string {
  const origin = URL.canParse(scope) ? new URL(scope).origin : 'null';
  return origin === 'null' ? scope : origin;
}

/** Microsoft Entra's error answer (the AADSTS codes it names are left out: illustrative anyway). */
function entraError(error: string, description: string): Json {
  return { error, error_description: description, error_codes: [], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() };
}

/** A new tenant for a customer named by domain or tenant ID (the other made up): its name from the domain's first label. */
function madeUpCustomer(domainOrTenantId: string): StandinCustomer {
  const tenantId = GUID.test(domainOrTenantId) ? domainOrTenantId : randomUUID();
  const domain = GUID.test(domainOrTenantId) ? `customer-${tenantId.slice(0, 8)}.onmicrosoft.com` : domainOrTenantId;
  const label = domain.split('.')[0] ?? domain;
  return { id: tenantId, tenantId, domain, companyName: `${label.charAt(0).toUpperCase()}${label.slice(1)}` };
}

/** A Customer resource as Partner Center returns it (its id is the customer's tenant ID). */
function customerResource(c: StandinCustomer): Json {
  return { id: c.id, companyProfile: { tenantId: c.tenantId, domain: c.domain, companyName: c.companyName }, attributes: { objectType: 'Customer' } };
}
