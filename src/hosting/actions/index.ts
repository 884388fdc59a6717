// The Partner Center actions of a deployment: with an OAuth connection, Microsoft's token service,
// Partner Center and Graph; with PARTNER_ACTIONS_DEMO, the local stand-ins a development entry point
// hands in (started on first use; a production build has none); without either, none at all.
import { ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { AppConfig, botFrameworkSettings } from '../../config';
import { Logger } from '../logging/logger';
import type { OnBehalfOf, Service } from '../microsoftApis/call';
import { PARTNER_CENTER_BASE_URL } from '../microsoftApis/partnerCenterClient';
import { GRAPH_BASE_URL } from '../microsoftApis/graphClient';
import { EntraOnBehalfOf } from './onBehalfOf';

/** Who a sign-in token names, once verified; undefined when it is not one. */
type VerifySignIn = (token: string) => Promise<{ tenantId: string; objectId: string; name?: string } | undefined>;
import { PartnerActions, PartnerActionsOptions } from './partnerActions';
import { SignIn } from './signIn';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { DEFAULT_EDITION } from '../../domain/editions';

export { PartnerActions } from './partnerActions';
export { TOKEN_EXCHANGE_INVOKE, VERIFY_STATE_INVOKE, TOKENS_RESPONSE_EVENT } from './signInGate';
export type { ActionAnswer } from './partnerActions';

/** The local stand-ins of the token service, Partner Center and Graph (tools/standins/demo.ts). */
export interface Standins {
  partnerCenterUrl: string;
  graphUrl: string;
  tokenServiceUrl: string;
  onBehalfOf: OnBehalfOf;
  /** The app's own token (no user), for the follow-ups' status reads: the stand-in's token endpoint. */
  appToken?: (resource: Service) => Promise<string | undefined>;
  /** Where the stand-ins post Partner Center's signed events (the app's own events route), once it listens. */
  eventsTo?: string;
  /** Whether the stand-in token service issued a sign-in token, and for whom (the team view's verification in the demonstration). */
  verifySignIn?: VerifySignIn;
  stop(): Promise<void>;
}

/** The connection name the stand-in token service is asked with. */
export const DEMO_CONNECTION_NAME = 'PartnerCenterDemo';
/** The app id the demonstration's sign-in state names (no registration exists). */
const DEMO_APP_ID = 'standin';

export interface DeploymentActions {
  actions: PartnerActions;
  /** Where Partner Center and Graph are (Microsoft's, or the stand-ins'): the follow-ups' status reads go there too. */
  endpoints: () => Promise<{ partnerCenter: string; graph: string }>;
  /** The demonstration's app token (the stand-ins'); a real deployment's comes from its own credential. */
  appToken?: (resource: Service) => Promise<string | undefined>;
  /** The demonstration's: who a sign-in token the stand-in token service issued names (a deployment verifies with Entra's keys: app.ts). */
  verifySignIn?: VerifySignIn;
  /** Stops what the actions started (the stand-ins); nothing for Microsoft's services. */
  stop(): Promise<void>;
}

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

export function createPartnerActions(
  config: AppConfig,
  logger: Logger,
  conversationState: ConversationState,
  options: {
    standins?: Standins;
    startStandins?: () => Promise<Standins>;
    content?: DeploymentContent;
    kept?: PartnerActionsOptions['kept'];
    openItemsFull?: PartnerActionsOptions['openItemsFull'];
    signedOut?: PartnerActionsOptions['signedOut'];
    /** The app's events route, once it listens: the demonstration's stand-ins post their events there. */
    eventsUrl?: () => string | undefined;
  } = {},
): DeploymentActions | undefined {
  const settings = config.partnerActions;
  if (!settings) return undefined;
  const content = {
    edition: config.policyEdition ?? DEFAULT_EDITION,
    ...(options.content ? { content: options.content } : {}),
    ...(options.kept ? { kept: options.kept } : {}),
    ...(options.openItemsFull ? { openItemsFull: options.openItemsFull } : {}),
    ...(options.signedOut ? { signedOut: options.signedOut } : {}),
  };
  if (settings.mode === 'oauth') {
    const tokenClient = once(() =>
      new ConfigurationBotFrameworkAuthentication(botFrameworkSettings(config)).createUserTokenClient(registeredBot(config.appId)),
    );
    const onBehalfOf = new EntraOnBehalfOf({
      clientId: settings.ssoAppId,
      ...(settings.ssoClientSecret ? { clientSecret: settings.ssoClientSecret } : {}),
      ...(config.azureClientId ? { managedIdentityClientId: config.azureClientId } : {}),
    });
    const endpoints = async () => ({ partnerCenter: PARTNER_CENTER_BASE_URL, graph: GRAPH_BASE_URL });
    const actions = new PartnerActions({
      signIn: new SignIn(settings.connectionName, tokenClient),
      onBehalfOf,
      endpoints,
      conversationState,
      logger,
      ...content,
    });
    return { actions, endpoints, stop: async () => undefined };
  }
  const start = options.startStandins;
  if (!options.standins && !start) {
    logger.error(
      { setting: 'PARTNER_ACTIONS_DEMO' },
      'The Partner Center actions demonstration needs its stand-ins: start the bot with `npm run start:demo`. The actions stay off.',
    );
    return undefined;
  }
  const standins = once(async () => {
    const started = options.standins ?? (await start!());
    started.eventsTo ??= options.eventsUrl?.();
    if (options.standins) return started;
    logger.info({ tokenService: started.tokenServiceUrl }, 'Partner Center stand-ins started');
    return started;
  });
  // No credentials go to the stand-in (no MicrosoftAppId), but the sign-in state names an app id, so the identity carries one.
  const tokenClient = once(async () =>
    new ConfigurationBotFrameworkAuthentication({ OAuthUrl: (await standins()).tokenServiceUrl }).createUserTokenClient(registeredBot(DEMO_APP_ID)),
  );
  const endpoints = async () => {
    const s = await standins();
    return { partnerCenter: s.partnerCenterUrl, graph: s.graphUrl };
  };
  const actions = new PartnerActions({
    signIn: new SignIn(DEMO_CONNECTION_NAME, tokenClient),
    onBehalfOf: { tokenFor: async (token, service) => (await standins()).onBehalfOf.tokenFor(token, service) },
    endpoints,
    conversationState,
    logger,
    ...content,
  });
  logger.warn(
    { setting: 'PARTNER_ACTIONS_DEMO' },
    // The stand-ins name their own sample values (whoever starts them says which), so none is written here.
    'Partner Center actions run against local stand-ins with made-up customers and partners: for trying them out, never for real work.',
  );
  return {
    actions,
    endpoints,
    appToken: async (resource) => (await standins()).appToken?.(resource),
    verifySignIn: async (token) => (await standins()).verifySignIn?.(token),
    // Stand-ins a test handed in are the test's to stop.
    stop: async () => {
      if (!options.standins) await (await standins()).stop();
    },
  };
}

function registeredBot(appId: string): ClaimsIdentity {
  return new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
}
