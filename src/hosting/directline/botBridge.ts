// Hands an activity from the local Direct Line to the bot, in-process, through CloudAdapter, with
// an already-authenticated identity (as CloudAdapter does for its named-pipe transport): it works
// with or without an App ID, where a loop back through POST /api/messages needs a JWT nothing local
// can mint. Replies travel the ordinary Bot Framework way, posted (and put) to the activity's
// serviceUrl, our local connector routes; `deliveryMode: expectReplies` would give buffered replies
// no ids, so the bot could not update a card it sent, and anything sent outside the turn is lost.
import { Activity, ActivityEventNames, ActivityHandlerBase, ActivityTypes, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';

type Credentials = ConstructorParameters<typeof ConnectorClient>[0];

/** Signs the bot's calls to the local connector with a key that lives only in this process. */
class LocalConnectorFactory extends ConnectorFactory {
  private readonly credentials: Credentials;

  constructor(connectorKey: string) {
    super();
    this.credentials = {
      signRequest: async (request) => {
        request.headers.set('authorization', `Bearer ${connectorKey}`);
        return request;
      },
    };
  }

  override async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(this.credentials, { baseUri: serviceUrl, noRetryPolicy: true });
  }
}

export interface BotBridge {
  /** Runs one bot turn for the activity; resolves when the turn (and its replies) are done. */
  deliver(activity: Partial<Activity>): Promise<void>;
  /** A proactive turn in a local conversation (a follow-up), signed for the local connector as replies are. */
  continueConversation?: (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;
}

export function createBotBridge(adapter: CloudAdapter, bot: ActivityHandlerBase, appId: string, connectorKey: string): BotBridge {
  const claimsIdentity = appId
    ? new ClaimsIdentity(
        [
          { type: AuthenticationConstants.AudienceClaim, value: appId },
          { type: AuthenticationConstants.AppIdClaim, value: appId },
        ],
        true,
      )
    : new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
  const authentication: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: new LocalConnectorFactory(connectorKey),
  };
  return {
    deliver: (activity) => adapter.processActivityDirect(authentication, activity as Activity, (context) => bot.run(context)),
    continueConversation: (reference, logic) => {
      const continuation = TurnContext.applyConversationReference(
        { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
        reference,
        true,
      );
      return adapter.processActivityDirect(authentication, continuation as Activity, logic);
    },
  };
}
