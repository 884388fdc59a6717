// The Bot Framework adapter with the turn-error policy: log with a correlation id, tell the user
// in their language, and clear the conversation so the next message starts cleanly.
import { randomUUID } from 'crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  Middleware,
  TurnContext,
} from 'botbuilder';
import { AppConfig, botFrameworkSettings } from './config';
import { Logger } from './logger';
import { catalogFor } from '../domain/content';
import { resolveLocale } from '../domain/locales';
import { errorView } from '../conversation/viewModels';
import { toActivity } from '../conversation/advisorDialog';
import { clientInfoLocale } from './bot';
import { AdvisorCloudAdapter } from './advisorAdapter';
import { isTransientTurnError } from './turnErrors';
import { LeanBotFrameworkAuthentication } from './http/connectorClients';

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

export function createAdapter(config: AppConfig, logger: Logger, conversationState: ConversationState): CloudAdapter {
  // Incoming tokens validated by the SDK's own authentication; connector clients kept between turns.
  const auth = new LeanBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(botFrameworkSettings(config)));
  const adapter = new AdvisorCloudAdapter(auth, logger);
  adapter.use(new TurnLogger(logger));

  adapter.onTurnError = async (context, error) => {
    // Storage, concurrency or delivery trouble: the state is intact, so keep it and let the
    // HTTP entry answer 503 (the channel retries); no "answers cleared" message.
    if (isTransientTurnError(error)) throw error;
    const correlationId = (context.turnState.get(CORRELATION_ID) as string | undefined) ?? randomUUID();
    const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
    logger.error({ correlationId, err, type: context.activity.type, channelId: context.activity.channelId }, 'turn failed');
    try {
      const locale = resolveLocale({ activityLocale: context.activity.locale, clientInfoLocale: clientInfoLocale(context.activity) });
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
