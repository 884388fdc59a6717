// The demonstration's customer side (`npm run start:demo` prints its address): a page where a
// newcomer accepts a reseller relationship invitation as the customer would in the Microsoft 365
// admin center, and the same as one request for a script:
//   curl -X POST -d customer=tailspin.onmicrosoft.com http://127.0.0.1:<port>/accept
// The acceptance makes the customer the partner's and posts Partner Center's signed event to the
// bot (demo.ts), as Partner Center would. Loopback only, made-up data, never in a production build.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PartnerCenterStandin, StandinCustomer } from './partnerCenterStandin';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MAX_BODY = 4096;

/** A domain or a tenant ID, as the invitation card's Follow takes them; anything else is refused. */
export function customerNamed(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  return DOMAIN.test(trimmed) || GUID.test(trimmed) ? trimmed : undefined;
}

const escapeHtml = (value: string): string => value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);

export class CustomerSide {
  private server: http.Server | undefined;
  private base = '';

  /** `invitee`: the customer the page offers first (the sample invitee). */
  constructor(
    private readonly partnerCenter: PartnerCenterStandin,
    private readonly invitee: string,
  ) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    if (req.method === 'GET' && url.pathname === '/') return this.page(res, url.searchParams);
    if (url.pathname !== '/accept') return json(res, 404, { error: 'Not found: GET / is the page, POST /accept accepts.' });
    if (req.method !== 'POST') return json(res, 405, { error: 'POST /accept with customer=<domain or tenant ID>.' });
    // Another site's page cannot make the browser accept for it (the page's own form has this origin).
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== this.base) return json(res, 403, { error: 'Only this page may post here.' });
    const body = await readBody(req);
    if (body === undefined) return json(res, 413, { error: `The body is over ${MAX_BODY} bytes.` });
    const customer = customerNamed(fieldOf(body, req.headers['content-type']));
    const fromPage = (req.headers.accept ?? '').includes('text/html');
    if (!customer) {
      if (fromPage) return redirect(res, '/?refused=1');
      return json(res, 400, { error: 'customer must be a domain (tailspin.onmicrosoft.com) or a tenant ID.' });
    }
    const { customer: accepted, already } = this.partnerCenter.acceptInvitation(customer);
    if (fromPage) return redirect(res, `/?${new URLSearchParams({ [already ? 'already' : 'accepted']: accepted.domain }).toString()}`);
    return json(res, 200, { customer: summary(accepted), already, eventSent: !already });
  }

  private page(res: http.ServerResponse, query: URLSearchParams): void {
    const accepted = query.get('accepted');
    const already = query.get('already');
    const notice = accepted
      ? `<p role="status"><strong>${escapeHtml(accepted)} accepted the reseller relationship.</strong> Partner Center's event went to the bot: a chat that followed this customer on an invitation link's card is told there.</p>`
      : already
        ? `<p role="status">${escapeHtml(already)} already is the partner's customer: nothing to accept (the bot counts it as accepted at its next poll).</p>`
        : query.has('refused')
          ? '<p role="status">That is neither a domain nor a tenant ID.</p>'
          : '';
    const ending = this.partnerCenter.customers.flatMap((c) => {
      const days = this.partnerCenter.endsWithinDays.get(c.tenantId.toLowerCase());
      return days === undefined
        ? []
        : [
            `<p>A GDAP relationship with ${escapeHtml(c.companyName)} (${escapeHtml(c.domain)}) is active as soon as it is approved and ends ${days} days later, auto-extend off (a shortcut to its last month): the reminder before its end comes in the chat within a minute.</p>`,
          ];
    });
    const rows = (list: readonly StandinCustomer[]): string =>
      list.length === 0 ? '<li>none</li>' : list.map((c) => `<li>${escapeHtml(c.companyName)} (${escapeHtml(c.domain)})</li>`).join('\n');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demonstration: the customer's side</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>The customer's side (demonstration)</h1>
<p>In real life the customer opens the invitation link in the Microsoft 365 admin center and accepts it there.
Here you accept it for them: the stand-in makes them the partner's customer and Partner Center's signed event goes to the bot.</p>
${notice}
<form method="post" action="/accept">
<label for="customer">Customer's domain or tenant ID (as you followed it on the invitation link's card)</label><br>
<input id="customer" name="customer" value="${escapeHtml(this.invitee)}" size="40" maxlength="253" required>
<button type="submit">Accept the invitation</button>
</form>
<h2>Invited, not accepted yet</h2>
<ul>${rows(this.partnerCenter.invitees)}</ul>
<h2>The partner's customers</h2>
<ul>${rows(this.partnerCenter.customers)}</ul>
<p>GDAP requests need nothing here: the stand-in customer approves each a few seconds after it is sent, and the current partner completes a transfer a few seconds after it is created.</p>
${ending.join('\n')}
</body></html>
`;
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'Cache-Control': 'no-store',
    });
    res.end(html);
  }
}

function summary(c: StandinCustomer): Record<string, string> {
  return { domain: c.domain, tenantId: c.tenantId, companyName: c.companyName };
}

/** The body as text, or undefined past the limit (the rest is not read). */
async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `customer` from a form or a JSON body; undefined from anything unreadable. */
function fieldOf(body: string, contentType: string | undefined): unknown {
  if ((contentType ?? '').includes('application/json')) {
    try {
      const parsed = JSON.parse(body) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).customer : undefined;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(body).get('customer') ?? undefined;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function redirect(res: http.ServerResponse, to: string): void {
  res.writeHead(303, { Location: to });
  res.end();
}
