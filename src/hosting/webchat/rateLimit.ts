// A fixed-window request limit per client address, kept in memory and bounded in size.
import * as restify from 'restify';
import { BoundedCache } from '../../domain/boundedCache';

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  /** Kept in order of their start (a lookup leaves the order as it is): beyond `maxKeys` the oldest goes. */
  private readonly windows: BoundedCache<string, Window>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    maxKeys = 10_000,
  ) {
    this.windows = new BoundedCache({ maxEntries: maxKeys });
  }

  take(key: string): Verdict {
    const now = this.now();
    let window = this.windows.peek(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    }
    window.count++;
    return { allowed: true };
  }
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
 */
export function clientAddress(req: restify.Request, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.join(',') : header;
    const last = value
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return normaliseAddress(last);
  }
  return normaliseAddress(req.socket?.remoteAddress ?? 'unknown');
}
