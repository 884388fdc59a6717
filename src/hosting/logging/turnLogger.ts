// Every turn's one log line, with its correlation id. The id lives in the turn's typed state
// (context/turnState.ts), made when something first reads it, so whatever logs during the turn
// (the turn runner, the tenant guard, the turn-error policy) binds the same id to its lines.
import { Middleware, TurnContext } from 'botbuilder';
import { Logger } from './logger';
import { turnStateOf } from '../context/turnState';

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
