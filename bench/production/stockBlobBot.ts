// The stock bot in production shape: what a Bot Framework developer writes from Microsoft's
// state-management sample, keeping conversation and user state in Blob Storage. restify with its
// body parser, CloudAdapter, an ActivityHandler, BlobsStorage behind ConversationState and
// UserState, both saved at the end of every turn (the sample's run override). Each message is
// counted in the conversation's state, the user's profile is read (the sample's name prompt), and
// the answer is the echo bots' small card. Started by bench/production/run.ts with
// BLOB_CONNECTION_STRING and BLOB_CONTAINER.
import * as restify from 'restify';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MessageFactory,
  StatePropertyAccessor,
  TurnContext,
  UserState,
} from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { FIXED_CARD } from '../echoBot';

interface ConversationData {
  turns?: number;
}
interface UserProfile {
  name?: string;
}

export class StockBlobBot extends ActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userProfile: StatePropertyAccessor<UserProfile>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super();
    this.conversationData = conversationState.createProperty<ConversationData>('conversationData');
    this.userProfile = userState.createProperty<UserProfile>('userProfile');
    this.onMessage(async (context, next) => {
      await this.userProfile.get(context, {});
      const data = await this.conversationData.get(context, {});
      data.turns = (data.turns ?? 0) + 1;
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(FIXED_CARD)));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

export function startStockBlobBot(env: NodeJS.ProcessEnv): restify.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId ?? '',
    MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
    MicrosoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  const storage = new BlobsStorage(env.BLOB_CONNECTION_STRING ?? '', env.BLOB_CONTAINER ?? 'stock-state');
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  adapter.onTurnError = async (context, error) => {
    console.error(`stock Blob bot: turn failed: ${error instanceof Error ? error.message : String(error)}`);
    await context.sendActivity('The bot encountered an error or bug.');
  };
  const bot = new StockBlobBot(conversationState, userState);

  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.listen(Number(env.PORT ?? 3978), env.HOST ?? '127.0.0.1');
  return server;
}

if (require.main === module) {
  const server = startStockBlobBot(process.env);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
