// Every turn's correlation id and its one log line. The id is kept in the turn's typed state
// (context/turnState.ts), so whatever logs during the turn (the turn runner, the tenant guard, the
// turn-error policy) can bind it to its lines.
import { randomUUID } from 'crypto';
import { Middleware, TurnContext } from 'botbuilder';
import { Logger } from './logger';
import { turnStateOf } from '../context/turnState';

/** Gives every turn a correlation id and logs its outline (never the message text). */
export class TurnLogger implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const correlationId = randomUUID();
    turnStateOf(context).correlationId = correlationId;
    // The line and its timing only where it is written (LOG_LEVEL info or finer).
    if (!this.logger.isLevelEnabled('info')) return next();
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
