// The SDK's BotFrameworkAuthentication, with the per-turn client work taken out of the turn.
// CloudAdapter builds a new ConnectorClient and UserTokenClient (each a full request pipeline) for
// every activity and drops both when the turn ends, a large share of a busy bot's CPU and
// allocations. Here connector clients are kept, the user-token client is built only when called,
// and the per-turn calls go through the direct sender (connectorSender.ts) unless a proxy is
// configured. Incoming requests are validated by the wrapped authentication exactly as before.
// A client that signs its calls signs each only for a service URL on a channel host
// (channelHosts.ts), every call, whichever of the two sends it.
import { Activity, SignInUrlResponse, TokenExchangeRequest, TokenResponse, TokenStatus } from 'botbuilder';
import {
  AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  UserTokenClient,
} from 'botframework-connector';
import { BoundedCache } from '../../domain/boundedCache';
import { SenderOptions, proxyConfigured, withDirectSends } from './connectorSender';
import { ForwardingAuthentication } from './forwardingAuthentication';
import { OnRefusedServiceUrl, checkedCredentials } from './channelHosts';
import { ServiceUrlCheck, channelServiceUrls } from '../../protocols/http/channelHosts';

/** Enough for every service URL a bot of one tenant meets (Teams has one per region). */
export const DEFAULT_KEPT_CLIENTS = 64;

/** The kept clients: a bounded map that forgets the least recently used first. */
export class ConnectorClientCache<T extends object> extends BoundedCache<string, T> {
  constructor(readonly max: number = DEFAULT_KEPT_CLIENTS) {
    if (!Number.isInteger(max) || max < 1) throw new Error('ConnectorClientCache needs room for at least one client');
    super({ maxEntries: max });
  }
}

/** The app id a request was addressed to, as the SDK reads it (audience claim, else appid claim). */
export function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/**
 * Hands out the kept client for an app id, service URL and audience (as the older
 * BotFrameworkAdapter kept them), building it on first use. A kept client still signs every call
 * through the credentials the credentials factory gave it (which fetch and renew their own
 * tokens), so it sends the same token a new one would; its connections are kept alive.
 */
class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: ConnectorClientCache<Promise<ConnectorClient>>,
    private readonly sends: SenderOptions | undefined,
    private readonly guard: ServiceUrlGuard,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // Line breaks cannot occur in an app id, a URL or an audience: the three stay apart.
    const key = `${this.appId}\n${serviceUrl}\n${audience ?? ''}`;
    const kept = this.clients.get(key);
    if (kept) return kept;
    const sends = this.sends;
    const built = this.inner.create(serviceUrl, audience).then((client) => this.guarded(client));
    const created = sends ? built.then((client) => withDirectSends(client, serviceUrl, sends)) : built;
    this.clients.set(key, created);
    // A client that could not be built (credentials unavailable) is not kept: the next turn tries again.
    created.catch(() => this.clients.delete(key));
    return created;
  }

  /**
   * The client, its credentials checking each call's URL first. Without a registration the SDK's
   * credentials are its empty ones, which attach no token: nothing to guard (local mode, whose
   * loopback service URLs the HTTP entry checks).
   */
  private guarded(client: ConnectorClient): ConnectorClient {
    if (client.credentials === MicrosoftAppCredentials.Empty) return client;
    client.credentials = checkedCredentials(client.credentials, this.guard.check, this.guard.onRefused);
    return client;
  }
}

interface ServiceUrlGuard {
  check: ServiceUrlCheck;
  onRefused: OnRefusedServiceUrl | undefined;
}

/** Builds the real user-token client on the first call that needs it (the advisor makes none). */
class LazyUserTokenClient extends UserTokenClient {
  private real?: Promise<UserTokenClient>;

  constructor(private readonly build: () => Promise<UserTokenClient>) {
    super();
  }

  private client(): Promise<UserTokenClient> {
    this.real ??= this.build();
    return this.real;
  }

  async getUserToken(userId: string, connectionName: string, channelId: string, magicCode: string): Promise<TokenResponse> {
    return (await this.client()).getUserToken(userId, connectionName, channelId, magicCode);
  }

  async getSignInResource(connectionName: string, activity: Activity, finalRedirect: string): Promise<SignInUrlResponse> {
    return (await this.client()).getSignInResource(connectionName, activity, finalRedirect);
  }

  async signOutUser(userId: string, connectionName: string, channelId: string): Promise<void> {
    return (await this.client()).signOutUser(userId, connectionName, channelId);
  }

  async getTokenStatus(userId: string, channelId: string, includeFilter: string): Promise<TokenStatus[]> {
    return (await this.client()).getTokenStatus(userId, channelId, includeFilter);
  }

  async getAadTokens(userId: string, connectionName: string, resourceUrls: string[], channelId: string): Promise<Record<string, TokenResponse>> {
    return (await this.client()).getAadTokens(userId, connectionName, resourceUrls, channelId);
  }

  async exchangeToken(userId: string, connectionName: string, channelId: string, exchangeRequest: TokenExchangeRequest): Promise<TokenResponse> {
    return (await this.client()).exchangeToken(userId, connectionName, channelId, exchangeRequest);
  }
}

export interface CachedClientsOptions {
  /** The kept clients (tests pass a small one). */
  clients?: ConnectorClientCache<Promise<ConnectorClient>>;
  /**
   * How the per-turn calls are sent: by the direct sender (with these options) or, when false, by
   * the SDK's client. Default: the direct sender, but the SDK's client when a proxy is configured
   * (its pipeline honours HTTPS_PROXY and the like; the direct sender does not).
   */
  directSends?: SenderOptions | false;
  /** Where a signed call may go: the public cloud's channel hosts unless given (tests with a stand-in connector on loopback). */
  serviceUrls?: ServiceUrlCheck;
  /** Told of each call refused for its service URL (the adapter logs it). */
  onRefusedServiceUrl?: OnRefusedServiceUrl;
}

/** The wrapped authentication, with kept connector clients and an on-demand user-token client. */
export class CachedClientsAuthentication extends ForwardingAuthentication {
  private readonly clients: ConnectorClientCache<Promise<ConnectorClient>>;
  private readonly sends: SenderOptions | undefined;
  private readonly guard: ServiceUrlGuard;

  constructor(inner: BotFrameworkAuthentication, options: CachedClientsOptions = {}) {
    super(inner);
    this.clients = options.clients ?? new ConnectorClientCache();
    this.guard = { check: options.serviceUrls ?? channelServiceUrls(), onRefused: options.onRefusedServiceUrl };
    const sends = options.directSends ?? (proxyConfigured() ? false : {});
    this.sends = sends === false ? undefined : sends;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new KeptConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), this.clients, this.sends, this.guard),
    };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new KeptConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.clients, this.sends, this.guard);
  }

  override async createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return new LazyUserTokenClient(() => this.inner.createUserTokenClient(claimsIdentity));
  }
}
