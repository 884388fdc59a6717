// The stock baseline: the echo bot a Bot Framework developer writes by following the SDK's
// samples, in its own process and on none of the advisor's host. restify with its body parser,
// CloudAdapter on ConfigurationBotFrameworkAuthentication (from the same settings the advisor
// reads), an ActivityHandler, and ConversationState on MemoryStorage; each message is counted in
// the conversation's state and answered with one small Adaptive Card.
import * as restify from 'restify';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  MessageFactory,
  StatePropertyAccessor,
  TurnContext,
} from 'botbuilder';
// Only the card, so both echo bots send the same bytes (the echo bot's module loads nothing of the host).
import { FIXED_CARD } from '../echoBot';

export class StockEchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      await this.turns.set(context, (await this.turns.get(context, 0)) + 1);
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(FIXED_CARD)));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

export function startStockEcho(env: NodeJS.ProcessEnv): restify.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId ?? '',
    MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
    MicrosoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  const conversationState = new ConversationState(new MemoryStorage());
  adapter.onTurnError = async (context, error) => {
    console.error(`stock echo: turn failed: ${error instanceof Error ? error.message : String(error)}`);
    await conversationState.delete(context);
  };
  const bot = new StockEchoBot(conversationState);

  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  // The benchmark waits for this before it starts the load.
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.listen(Number(env.PORT ?? 3978), env.HOST ?? '127.0.0.1');
  return server;
}

if (require.main === module) {
  const server = startStockEcho(process.env);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
