// Which Host a request may be addressed to, against DNS rebinding: a page's own name is made to
// resolve to 127.0.0.1, and the browser, seeing one origin, lets the page read a local bot's
// answers. A local bot has no token to check, so the Host header tells the two apart: without a
// registration only loopback, the listening address and ALLOWED_HOSTS pass, and anything else gets
// 421 before any route runs. With a registration the front end and the token guard the bot, so the
// check runs only when ALLOWED_HOSTS is set (the rules in full: docs/production.md, "Host header").
import type { IncomingMessage, ServerResponse } from 'http';
import { AppConfig, isLoopbackHost } from '../../config';
import { Logger } from '../logging/logger';
import { discardRestOfBody } from './jsonBody';
import { RefusalLog } from './refusalLog';

/** An authority as a Host header carries it: a name or IPv4 address, or an IPv6 address in brackets; then an optional port. */
const AUTHORITY = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9_.-]+))(?::\d{0,5})?$/;

/** The host named by a Host header, in lower case (IPv6 without brackets) and without its port; undefined when it is no valid authority. */
export function hostOfHeader(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  const match = AUTHORITY.exec(value.trim().toLowerCase());
  if (!match) return undefined;
  const ipv6 = match[1];
  if (ipv6 !== undefined) return ipv6.includes(':') ? ipv6 : undefined;
  return match[2];
}

/**
 * The test a request's host must pass, or undefined when no Host check applies (a registration
 * without ALLOWED_HOSTS). An IP address in the Host header cannot be rebound, but only the listed
 * ones pass all the same.
 */
export function hostAllowList(config: Pick<AppConfig, 'appId' | 'host' | 'allowedHosts'>): ((host: string | undefined) => boolean) | undefined {
  const listed = config.allowedHosts ?? [];
  if (config.appId !== '' && listed.length === 0) return undefined;
  const allowed = new Set(listed);
  // The address the bot listens on, when it is one address rather than all of them.
  const listening = hostOfHeader(config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host);
  if (listening !== undefined && listening !== '0.0.0.0' && listening !== '::') allowed.add(listening);
  return (host) => host !== undefined && (allowed.has(host) || isLoopbackHost(host));
}

/**
 * Answered whatever the Host when the check is the registration's opt-in (ALLOWED_HOSTS): a
 * platform probe that names another host must not get every instance replaced, and they tell nothing.
 */
const PROBES: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

const MISDIRECTED = 'Misdirected request: this bot answers only requests addressed to localhost or to a host listed in ALLOWED_HOSTS.\n';

/**
 * A check to run before any route: answers a request addressed to another host with 421 and
 * returns true (the request is done), or returns false. Undefined when no check applies.
 */
export function misdirectedRequests(
  config: Pick<AppConfig, 'appId' | 'host' | 'allowedHosts' | 'maxBodyBytes'>,
  logger: Logger,
): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  const allowed = hostAllowList(config);
  if (!allowed) return undefined;
  const refusals = new RefusalLog(logger, 'request refused: addressed to a host this bot does not serve');
  const probesAnswerAnyHost = config.appId !== '';
  return (req, res) => {
    const header = req.headers.host;
    if (allowed(hostOfHeader(header))) return false;
    if (probesAnswerAnyHost && PROBES.has((req.url ?? '').split('?')[0]!)) return false;
    refusals.warn({ status: 421, method: req.method, host: typeof header === 'string' ? header.replace(/[^\x21-\x7e]/g, '?').slice(0, 100) : null });
    const headers: Record<string, string | number> = {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(MISDIRECTED),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    // A body is never read: a small one is thrown away so the connection can serve again, a large one closes it.
    if (!discardRestOfBody(req, config.maxBodyBytes)) headers.Connection = 'close';
    res.writeHead(421, headers);
    res.end(MISDIRECTED);
    return true;
  };
}
