// How many refusals the log writes one by one: a flood of refused requests (thousands a second
// without a token, addressed to another host, or unsigned Partner Center events) would otherwise
// write as many lines, a tenth of a millisecond of CPU each, and push other lines out of the
// bounded log buffer. Within a second, refusals up to the budget each get their line; the rest
// are counted, and the count is written in one line once the second is over. The shell holds the
// logger and the timer (hosting/logging/refusalLog.ts); the rule is here.

/** Refusals of one kind the HTTP entry logs one by one in a second, at most. */
export const REFUSALS_LOGGED_PER_SECOND = 50;
/** Refused Partner Center events logged one by one in a second: a webhook is one sender, a flood of its refusals is one fault. */
export const EVENT_REFUSALS_LOGGED_PER_SECOND = 20;

const SECOND_MS = 1_000;

export interface RefusalWindow {
  /** When this second began (the clock's milliseconds). */
  start: number;
  /** Lines written in it. */
  written: number;
  /** Refusals counted, not yet written in a count's line. */
  counted: number;
}

export const NO_REFUSALS: RefusalWindow = { start: -Infinity, written: 0, counted: 0 };

/** A refusal at `now`: its own line while the second's budget lasts (a new second starts a new budget), else counted. */
export function refusalAt(window: RefusalWindow, now: number, perSecond: number): { window: RefusalWindow; write: 'line' | 'counted' } {
  const current = now - window.start >= SECOND_MS || now < window.start ? { ...window, start: now, written: 0 } : window;
  if (current.written < perSecond) return { window: { ...current, written: current.written + 1 }, write: 'line' };
  return { window: { ...current, counted: current.counted + 1 }, write: 'counted' };
}

/** The count's line is due: how many to write in it (none: no line), and the window after it. */
export function countDue(window: RefusalWindow): { window: RefusalWindow; count: number } {
  return { window: { ...window, counted: 0 }, count: window.counted };
}
