// The Bot Framework adapter, wired: the hardened HTTP entry (advisorAdapter.ts) on kept connector
// clients, the turn's span and log line, and the turn-error policy: log with a correlation id,
// tell the user in their language, and clear the conversation so the next message starts cleanly.
import { randomUUID } from 'crypto';
import { ConversationState } from 'botbuilder';
import { AppConfig } from '../../config';
import { createBotFrameworkAuthentication } from './botFrameworkAuth';
import { Logger } from '../logging/logger';
import { TurnLogger } from '../logging/turnLogger';
import { turnStateOf } from '../context/turnState';
import { catalogFor } from '../../domain/textCatalog';
import { errorView } from '../../conversation/advisor/viewModels';
import { toActivity } from '../../conversation/cards/messages';
import { turnLocale } from '../locale/turnLocale';
import { AdvisorCloudAdapter } from './advisorAdapter';
import { isTransientTurnError } from '../errors/turnErrors';
import { telemetryOn } from '../telemetry/instruments';
import { TurnTelemetry } from '../telemetry/turnSpans';
import { CachedClientsAuthentication } from '../connector/connectorClients';
import { VerifiedTokens } from './verifiedTokens';

export function createAdapter(
  config: AppConfig,
  logger: Logger,
  conversationState: ConversationState,
  /** Tests only (createApp's options, never the environment): a local OpenID metadata document. */
  openIdMetadataUrl?: string,
): AdvisorCloudAdapter {
  // Incoming tokens validated by the SDK's own authentication, once per token (verifiedTokens.ts);
  // connector clients kept between turns.
  // A signed connector call goes only to a channel host (connector/channelHosts.ts); a refusal is
  // one warning line, with the host and never a token.
  const auth = new CachedClientsAuthentication(new VerifiedTokens(createBotFrameworkAuthentication(config, openIdMetadataUrl)), {
    onRefusedServiceUrl: ({ host, reason }) =>
      logger.warn({ host, reason }, 'connector call refused: nothing sent to a service URL that is not a channel host'),
  });
  const adapter = new AdvisorCloudAdapter(auth, logger, config.appId === '');
  // The turn's span (when telemetry is on) encloses everything else, so every log line carries its trace id.
  if (telemetryOn()) adapter.use(new TurnTelemetry());
  adapter.use(new TurnLogger(logger));

  adapter.onTurnError = async (context, error) => {
    // Storage, concurrency or delivery trouble: the state is intact, so keep it and let the
    // HTTP entry answer 503 (the channel retries); no "answers cleared" message.
    if (isTransientTurnError(error)) throw error;
    const correlationId = turnStateOf(context).correlationId ?? randomUUID();
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
