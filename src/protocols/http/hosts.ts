// Which Host a request may be addressed to, against DNS rebinding: a page's own name is made to
// resolve to 127.0.0.1, and the browser, seeing one origin, lets the page read a local bot's
// answers. A local bot has no token to check, so the Host header tells the two apart: without a
// registration only loopback, the listening address and ALLOWED_HOSTS pass, and anything else is
// misdirected (the host answers 421 before any route runs: hosting/http/hostCheck.ts). With a
// registration the front end and the token guard the bot, so the check runs only when
// ALLOWED_HOSTS is set (the rules in full: docs/production.md, "Host header").

/** Whether a host name or address is this machine: localhost, 127.0.0.0/8, ::1 (IPv4-mapped too). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

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

/** What the Host rules read of the configuration. */
export interface HostSettings {
  /** The app registration's id; '' without one. */
  appId: string;
  /** The address the server listens on. */
  host: string;
  /** ALLOWED_HOSTS. */
  allowedHosts?: readonly string[];
}

/**
 * The test a request's host must pass, or undefined when no Host check applies (a registration
 * without ALLOWED_HOSTS). An IP address in the Host header cannot be rebound, but only the listed
 * ones pass all the same.
 */
export function hostAllowList(config: HostSettings): ((host: string | undefined) => boolean) | undefined {
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

/**
 * Whether a request is misdirected: addressed to a host this bot does not serve. Undefined when no
 * Host check applies at all (the host then asks nothing per request).
 */
export function misdirection(config: HostSettings): ((hostHeader: string | string[] | undefined, url: string | undefined) => boolean) | undefined {
  const allowed = hostAllowList(config);
  if (!allowed) return undefined;
  const probesAnswerAnyHost = config.appId !== '';
  return (hostHeader, url) => {
    if (allowed(hostOfHeader(hostHeader))) return false;
    return !(probesAnswerAnyHost && PROBES.has((url ?? '').split('?')[0]!));
  };
}
