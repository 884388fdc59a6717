// The SDK's BotFrameworkAuthentication passed through whole: the base of the host's wrappers
// (kept connector clients: connectorClients.ts; checked tokens kept: http/verifiedTokens.ts), each
// of which overrides only what it changes.
import { Activity } from 'botbuilder';
import {
  AuthenticateRequestResult,
  BotFrameworkAuthentication,
  BotFrameworkClient,
  ClaimsIdentity,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';

export class ForwardingAuthentication extends BotFrameworkAuthentication {
  constructor(protected readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateRequest(activity, authHeader);
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
