// Every turn's one log line, with its correlation id. The id lives in the turn's typed state
// (context/turnState.ts), made when something first reads it, so whatever logs during the turn
// (the turn runner, the tenant guard, the turn-error policy) binds the same id to its lines.
import { Middleware, TurnContext } from 'botbuilder';
import { Logger } from './logger';
import { TurnLog, turnStateOf } from '../context/turnState';

export type { TurnLog } from '../context/turnState';

/**
 * The turn's logger, bound to its correlation id and a digest of its conversation, made only
 * when a line is written at an enabled level. Most turns write nothing here, and making it
 * (a SHA-256 and a pino child, whose bindings pass through redaction) cost every turn that
 * much for nothing (bench/README.md).
 */
export function turnLog(logger: Logger, bindings: () => Record<string, unknown>): TurnLog {
  return new LazyTurnLog(logger, bindings);
}

/**
 * One object per turn with its four levels as methods, where four closures and their holder were
 * made on every turn before (about 300 bytes a turn, for lines most turns never write).
 */
class LazyTurnLog implements TurnLog {
  private child: Logger | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly bindings: () => Record<string, unknown>,
  ) {}

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  private write(level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    this.child ??= this.logger.child(this.bindings());
    (this.child[level] as (...a: unknown[]) => void)(...args);
  }
}

/** The running turn's logger (bound to its correlation id), for a line from the bot; none outside a reliable turn. */
export function turnLogOf(context: TurnContext): TurnLog | undefined {
  return turnStateOf(context).log;
}

/** Logs each turn's outline with its correlation id (never the message text). */
export class TurnLogger implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // The line and its timing only where it is written (LOG_LEVEL info or finer).
    if (!this.logger.isLevelEnabled('info')) return next();
    const correlationId = turnStateOf(context).correlationId;
    const started = process.hrtime.bigint();
    const a = context.activity;
    try {
      await next();
    } finally {
      this.logger.info(
        {
          correlationId,
          type: a.type,
          channelId: a.channelId,
          conversationType: a.conversation?.conversationType,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'turn',
      );
    }
  }
}
