// The warning a refused request leaves in the log, one line each up to a rate. A flood of refused
// requests (thousands a second without a token, or addressed to another host) would otherwise
// write as many lines: a tenth of a millisecond of CPU each, and enough output to push other lines
// out of the bounded log buffer (logging/destination.ts). Beyond `perSecond` in a second, refusals
// are counted instead, and the count is written in one line a second later.
import { Logger } from '../logging/logger';

/** Refusals of one kind logged one by one in a second, at most. */
export const REFUSALS_LOGGED_PER_SECOND = 50;

export class RefusalLog {
  private windowStart = -Infinity;
  private inWindow = 0;
  private unlogged = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    /** The line's message; the summary line starts with it too. */
    readonly msg: string,
    private readonly perSecond = REFUSALS_LOGGED_PER_SECOND,
  ) {}

  warn(fields: Record<string, unknown>): void {
    const now = performance.now();
    if (now - this.windowStart >= 1_000) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (this.inWindow < this.perSecond) {
      this.inWindow += 1;
      this.logger.warn(fields, this.msg);
      return;
    }
    this.unlogged += 1;
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), 1_000);
      this.timer.unref();
    }
  }

  /** Writes the count of refusals not logged one by one, if any. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.unlogged === 0) return;
    this.logger.warn({ unlogged: this.unlogged, perSecond: this.perSecond }, `${this.msg} (more than ${this.perSecond} a second: the rest counted)`);
    this.unlogged = 0;
  }
}
