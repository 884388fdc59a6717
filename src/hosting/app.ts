// Wires the advisor together from a configuration: storage, state, dialog, bot, adapter, server.
import { randomBytes } from 'crypto';
import { ConversationState, Storage, UserState } from 'botbuilder';
import * as restify from 'restify';
import { AppConfig } from './config';
import { createLogger, Logger } from './logger';
import { createStorage } from './storage';
import { createAdapter } from './adapter';
import { createServer } from './server';
import { AdvisorBot } from './bot';
import { AdvisorDialog } from '../conversation/advisorDialog';

export interface App {
  server: restify.Server;
  storage: Storage;
  logger: Logger;
  /** Starts listening; resolves with the bound port (useful with PORT=0 in tests). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** The bot and its state on a storage, without any HTTP: what tests and other hosts build on. */
export function createBot(config: Pick<AppConfig, 'presetCloud'>, storage: Storage): { bot: AdvisorBot; conversationState: ConversationState; userState: UserState } {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new AdvisorDialog({
    preset: config.presetCloud ? { cloud: config.presetCloud } : {},
    newConsultationId: () => randomBytes(4).toString('hex'),
  });
  return { bot: new AdvisorBot(conversationState, userState, dialog), conversationState, userState };
}

export function createApp(config: AppConfig, options: { storage?: Storage; logger?: Logger } = {}): App {
  const logger = options.logger ?? createLogger(config.logLevel);
  const storage = options.storage ?? createStorage(config);
  const { bot, conversationState } = createBot(config, storage);
  const adapter = createAdapter(config, logger, conversationState);
  const server = createServer({ config, adapter, bot, logger });

  return {
    server,
    storage,
    logger,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve((server.address() as { port: number }).port));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
