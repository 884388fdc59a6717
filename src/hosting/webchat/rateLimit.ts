// A fixed-window request limit per client address, kept in memory and bounded in size; the window
// rule and the address a request counts under are requestLimits.ts's.
import * as restify from 'restify';
import { BoundedCache } from '../../domain/boundedCache';
import { clientAddressOf, RequestWindow, takeFromWindow, TOKEN_WINDOW_MS, Verdict } from '../../conversation/webChat/requestLimits';

export class RateLimiter {
  /** Kept in order of their start (a lookup leaves the order as it is): beyond `maxKeys` the oldest goes. */
  private readonly windows: BoundedCache<string, RequestWindow>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = TOKEN_WINDOW_MS,
    private readonly now: () => number = Date.now,
    maxKeys = 10_000,
  ) {
    this.windows = new BoundedCache({ maxEntries: maxKeys });
  }

  take(key: string): Verdict {
    const before = this.windows.peek(key);
    const { window, verdict } = takeFromWindow(before, this.now(), this.limit, this.windowMs);
    // A new window moves to the back of the order; a counted one keeps its place.
    if (window.start !== before?.start) this.windows.set(key, window);
    else if (window !== before) before.count = window.count;
    return verdict;
  }
}

/** The client's address, as requestLimits.ts reads it. */
export function clientAddress(req: restify.Request, trustProxy: boolean): string {
  return clientAddressOf(req.headers['x-forwarded-for'], req.socket?.remoteAddress, trustProxy);
}
