// The warning a refused request leaves in the log, one line each up to a rate, the rest of a flood
// counted and the count written in one line a second later. Which refusal gets a line and when the
// count is due is pure (domain/refusalLogRate.ts); here the logger, the clock and the timer.
import { Logger } from './logger';
import { countDue, NO_REFUSALS, refusalAt, RefusalWindow, REFUSALS_LOGGED_PER_SECOND } from '../../domain/refusalLogRate';

export class RefusalLog {
  private window: RefusalWindow = NO_REFUSALS;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    /** The line's message; the count's line starts with it too. */
    readonly msg: string,
    private readonly perSecond = REFUSALS_LOGGED_PER_SECOND,
  ) {}

  warn(fields: Record<string, unknown>): void {
    const { window, write } = refusalAt(this.window, performance.now(), this.perSecond);
    this.window = window;
    if (write === 'line') {
      this.logger.warn(fields, this.msg);
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), 1_000);
      this.timer.unref();
    }
  }

  /** Writes the count of refusals not logged one by one, if any. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { window, count } = countDue(this.window);
    this.window = window;
    if (count === 0) return;
    this.logger.warn({ unlogged: count, perSecond: this.perSecond }, `${this.msg} (more than ${this.perSecond} a second: the rest counted)`);
  }
}
