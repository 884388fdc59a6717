// The floor to compare against: a bot on the very same stack (restify server, request guard,
// CloudAdapter with the same middleware, ConversationState on the same storage) that does the
// least a stateful card bot can do — count the turn and reply with a fixed small card.
import { ActivityHandler, ConversationState, MemoryStorage, MessageFactory, StatePropertyAccessor } from 'botbuilder';
import { AppConfig } from '../src/hosting/config';
import { createLogger } from '../src/hosting/logger';
import { createAdapter } from '../src/hosting/adapter';
import { createServer } from '../src/hosting/server';

const FIXED_CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Echo', wrap: true }],
  actions: [{ type: 'Action.Submit', title: 'Next', data: { action: 'echo' } }],
};

class EchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      await this.turns.set(context, (await this.turns.get(context, 0)) + 1);
      await context.sendActivity(MessageFactory.attachment({ contentType: 'application/vnd.microsoft.card.adaptive', content: FIXED_CARD }));
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

export function createEchoServer(config: AppConfig): ReturnType<typeof createServer> {
  const logger = createLogger(config.logLevel);
  const conversationState = new ConversationState(new MemoryStorage());
  const adapter = createAdapter(config, logger, conversationState);
  return createServer({ config, adapter, bot: new EchoBot(conversationState), logger });
}
