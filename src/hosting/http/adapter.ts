// The Bot Framework adapter with the turn-error policy: log with a correlation id, tell the user
// in their language, and clear the conversation so the next message starts cleanly.
import { randomUUID } from 'crypto';
import {
  CloudAdapter,
  ConversationState,
  Middleware,
  TurnContext,
} from 'botbuilder';
import { AppConfig } from '../config';
import { createBotFrameworkAuthentication } from './botFrameworkAuth';
import { Logger } from '../logging/logger';
import { catalogFor } from '../../domain/content';
import { errorView } from '../../conversation/viewModels';
import { toActivity } from '../dialogs/advisorDialog';
import { turnLocale } from '../locale/turnLocale';
import { AdvisorCloudAdapter } from './advisorAdapter';
import { isTransientTurnError } from '../errors/turnErrors';
import { telemetryOn } from '../telemetry/instruments';
import { TurnTelemetry } from '../telemetry/turnSpans';
import { LeanBotFrameworkAuthentication } from '../connector/connectorClients';

export const CORRELATION_ID = 'correlationId';

/** Gives every turn a correlation id and logs its outline (never the message text). */
export class TurnLogger implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const correlationId = randomUUID();
    context.turnState.set(CORRELATION_ID, correlationId);
    const started = process.hrtime.bigint();
    const a = context.activity;
    try {
      await next();
    } finally {
      this.logger.info(
        { correlationId, type: a.type, channelId: a.channelId, conversationType: a.conversation?.conversationType, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'turn',
      );
    }
  }
}

export function createAdapter(
  config: AppConfig,
  logger: Logger,
  conversationState: ConversationState,
  /** Tests only (createApp's options, never the environment): a local OpenID metadata document. */
  openIdMetadataUrl?: string,
): CloudAdapter {
  // Incoming tokens validated by the SDK's own authentication; connector clients kept between turns.
  const auth = new LeanBotFrameworkAuthentication(createBotFrameworkAuthentication(config, openIdMetadataUrl));
  const adapter = new AdvisorCloudAdapter(auth, logger, config.appId === '');
  // The turn's span (when telemetry is on) encloses everything else, so every log line carries its trace id.
  if (telemetryOn()) adapter.use(new TurnTelemetry());
  adapter.use(new TurnLogger(logger));

  adapter.onTurnError = async (context, error) => {
    // Storage, concurrency or delivery trouble: the state is intact, so keep it and let the
    // HTTP entry answer 503 (the channel retries); no "answers cleared" message.
    if (isTransientTurnError(error)) throw error;
    const correlationId = (context.turnState.get(CORRELATION_ID) as string | undefined) ?? randomUUID();
    const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
    logger.error({ correlationId, err, type: context.activity.type, channelId: context.activity.channelId }, 'turn failed');
    try {
      const locale = turnLocale(context);
      await context.sendActivity(toActivity(errorView(catalogFor(locale)), context.activity.channelId, locale));
    } catch (sendError) {
      logger.warn({ correlationId, err: { message: (sendError as Error).message } }, 'could not send the error message');
    }
    try {
      await conversationState.delete(context);
      await conversationState.saveChanges(context, true);
    } catch (stateError) {
      logger.warn({ correlationId, err: { message: (stateError as Error).message } }, 'could not clear conversation state');
    }
  };
  return adapter;
}
