// Wires the advisor together from a configuration: storage, state, dialog, bot, adapter, server.
import { randomBytes } from 'crypto';
import { Storage } from 'botbuilder';
import * as restify from 'restify';
import { AppConfig } from './config';
import { createLogger, Logger } from './logger';
import { createStorage } from './storage';
import { createAdapter } from './adapter';
import { createServer } from './server';
import { registerWebChat } from './webchat';
import { AdvisorBot } from './bot';
import { OptimisticConversationState, OptimisticUserState } from './optimisticState';
import { ReliableTurns } from './reliableTurns';
import { TenantGuard } from './tenantGuard';
import { Lifecycle } from './readiness';
import { AdvisorDialog } from '../conversation/advisorDialog';

export interface App {
  server: restify.Server;
  storage: Storage;
  logger: Logger;
  /** Readiness (/readyz), start-up storage check and graceful shutdown. */
  lifecycle: Lifecycle;
  /** The per-conversation turn runner (dedupe, retries); its stats are for tests and diagnostics. */
  turns: ReliableTurns;
  /** Starts listening; resolves with the bound port (useful with PORT=0 in tests). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** The bot and its state on a storage, without any HTTP: what tests and other hosts build on. */
export function createBot(config: Pick<AppConfig, 'presetCloud'>, storage: Storage): { bot: AdvisorBot; conversationState: OptimisticConversationState; userState: OptimisticUserState } {
  // eTag-checked state: concurrent turns conflict instead of overwriting each other.
  const conversationState = new OptimisticConversationState(storage);
  const userState = new OptimisticUserState(storage);
  const dialog = new AdvisorDialog({
    preset: config.presetCloud ? { cloud: config.presetCloud } : {},
    newConsultationId: () => randomBytes(4).toString('hex'),
  });
  const preset = config.presetCloud ? { cloud: config.presetCloud } : {};
  return { bot: new AdvisorBot(conversationState, userState, dialog, preset), conversationState, userState };
}

export function createApp(config: AppConfig, options: { storage?: Storage; logger?: Logger } = {}): App {
  const logger = options.logger ?? createLogger(config.logLevel);
  const storage = options.storage ?? createStorage(config);
  const { bot, conversationState, userState } = createBot(config, storage);
  const adapter = createAdapter(config, logger, conversationState);
  const turns = new ReliableTurns({ conversationState, userState, logger });
  adapter.use(new TenantGuard(config.allowedTenants ?? [], logger), turns);
  const server = createServer({ config, adapter, bot, logger });
  const lifecycle = new Lifecycle(server, storage, turns.queue, logger);
  lifecycle.registerRoutes();
  registerWebChat(server, { config, adapter, bot, logger });

  return {
    server,
    storage,
    logger,
    lifecycle,
    turns,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve((server.address() as { port: number }).port));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
