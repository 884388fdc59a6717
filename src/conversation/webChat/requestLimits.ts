// The Web Chat token endpoint's request limit: a fixed window per client address, and which
// address a request is counted under. Pure: hosting keeps the windows (bounded) and reads the
// request's headers.

/** The window's length: token requests are counted per minute. */
export const TOKEN_WINDOW_MS = 60_000;

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RequestWindow {
  start: number;
  count: number;
}

/**
 * One request against a client's window: a new window once the last one is over; refused, with
 * the whole seconds until the window ends (at least one), once `limit` requests were counted in it.
 */
export function takeFromWindow(
  window: RequestWindow | undefined,
  now: number,
  limit: number,
  windowMs = TOKEN_WINDOW_MS,
): { window: RequestWindow; verdict: Verdict } {
  const current = !window || now - window.start >= windowMs ? { start: now, count: 0 } : window;
  if (current.count >= limit) {
    return { window: current, verdict: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) } };
  }
  return { window: { start: current.start, count: current.count + 1 }, verdict: { allowed: true } };
}

/** `203.0.113.5:51234` / `[2001:db8::1]:443` / `::ffff:203.0.113.5` → the bare address. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4WithPort) address = v4WithPort[1]!;
  const v6WithPort = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(address);
  if (v6WithPort) address = v6WithPort[1]!;
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return address.toLowerCase();
}

/**
 * The client's address. Behind a proxy that appends to X-Forwarded-For (App Service, a load
 * balancer), the last entry is the one the proxy saw; earlier entries are the client's word.
 * Without a trusted proxy, or without the header, the connection's own address.
 */
export function clientAddressOf(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const value = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
    const last = value
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return normaliseAddress(last);
  }
  return normaliseAddress(remoteAddress ?? 'unknown');
}
