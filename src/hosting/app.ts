// Wires the advisor together from a configuration: storage, state, advisor, bot, adapter, server.
import { Storage } from 'botbuilder';
import * as restify from 'restify';
import { ANONYMOUS_ON_NETWORK_DEV_ONLY, AppConfig } from '../config';
import { demoEventsUrl, followUpPollMs } from '../config/followUps';
import { signInVerifierOf } from '../config/partnerActions';
import { createLogger, Logger } from './logging/logger';
import { createStorage } from './state/storage';
import type { TokenCredential } from './state/identity';
import { createAdapter } from './http/adapter';
import { createServer } from './http/server';
import { announceWebChat, DemoSample, loopbackServiceUrl, registerWebChat, visitorLimits } from './webchat';
import { VisitorSessions } from './webchat/visitorSessions';
import { EndedVisitorGate } from './webchat/visitorGate';
import { announcePanel, EntraTokenVerifier, registerPanel } from './panel';
import { OptimisticConversationState, OptimisticUserState } from './state/optimisticState';
import { ReliableTurns } from './turns/reliableTurns';
import { TenantGuard } from './teams/tenantGuard';
import { TurnLocale } from './locale/turnLocale';
import { Lifecycle, closeServer } from './http/lifecycle';
import { traceStorage } from './telemetry/tracedStorage';
import { observeReliability } from './telemetry/instruments';
import { loadDeploymentContent } from './content/loadContent';
import { Standins, createPartnerActions } from './actions';
import { conditional, isRemoteStateStorage } from './state/stateStorage';
import { CaseStore } from './cases/caseStore';
import { OpenItems } from './cases/openItems';
import { SignInVerifier, TeamIdentity } from './cases/teamIdentity';
import { EVENTS_PATH, registerPartnerCenterEvents } from './cases/eventsRoute';
import { eventDelivery } from './cases/eventDelivery';
import type { EventTrust } from './cases/eventCertificates';
import { followUpAppTokens } from './microsoftApis/appTokens';
import { checkWebhookRegistration, logWebhookHealth } from './cases/webhookHealth';
import { PARTNER_CENTER_BASE_URL } from './microsoftApis/partnerCenterClient';
import { DEFAULT_FOLLOW_UP_SETTINGS, DEMO_POLL_MS, FollowCases, followCases, FollowUpSettings } from './cases/followCases';
import type { ContinueConversation } from './cases/proactive';
import type { AppTokens } from './microsoftApis/appTokens';
import type { SetTimer } from './cases/poller';
import { reachableHere, reachBy } from '../conversation/followUps/followUpReach';
import { checkHttpWays } from './routes/http';
import { warmCardTemplates } from '../conversation/cards/cards';

export interface App {
  server: restify.Server;
  storage: Storage;
  logger: Logger;
  /** Readiness (/readyz), start-up storage check and graceful shutdown. */
  lifecycle: Lifecycle;
  /** The per-conversation turn runner (dedupe, retries); its stats are for tests and diagnostics. */
  turns: ReliableTurns;
  /** The open items the actions left (follow the case), what keeps them, and what follows them up (`follow.followUps.onChange`: the webhook's deliver). */
  cases: { store: CaseStore; openItems: OpenItems; follow: FollowCases };
  /** Starts listening; resolves with the bound port (useful with PORT=0 in tests). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

import { BotFactory, createAdvisorBot } from './advisorBot';
export { createAdvisorBot, createBot } from './advisorBot';
export type { AdvisorSettings, BotFactory, BotStates } from './advisorBot';

export interface AppOptions {
  storage?: Storage;
  logger?: Logger;
  bot?: BotFactory;
  /** Tests only: the token credential of blob state reached through BLOB_ACCOUNT_URL. */
  credential?: TokenCredential;
  /**
   * Tests only: where Bot Framework tokens' OpenID metadata is read (a local document and keys).
   * Not a setting: production always trusts Bot Framework's own; https, or http on loopback.
   */
  botFrameworkOpenIdMetadataUrl?: string;
  /** Tests only: the day (ISO) review dates are measured against; default today. */
  today?: string;
  /** Tests only: stand-ins the test started and watches, for PARTNER_ACTIONS_DEMO. */
  standins?: Standins;
  /** Tests and the demonstration only: who may sign Partner Center's events (a test authority); Microsoft's otherwise. */
  eventTrust?: EventTrust;
  /** The development entry point's: starts the demonstration's stand-ins on first use (PARTNER_ACTIONS_DEMO). */
  startStandins?: () => Promise<Standins>;
  /** The development entry point's: the sample values its stand-ins take, shown on the demonstration's Web Chat page. */
  demoSample?: DemoSample;
  /** The follow-ups' settings, the app's credential for their status reads, and (tests) their clock. */
  followUps?: Partial<FollowUpSettings> & { appTokens?: AppTokens; now?: () => number; timer?: SetTimer };
}

/** A sign-in token verified: Entra's keys, the issuer of the tenant it names, the sign-in app as audience, a user's token. */
function entraSignIn(clientId: string, allowedTenants: readonly string[]): SignInVerifier {
  const verifier = new EntraTokenVerifier({ clientId, allowedTenants });
  return async (token) => {
    const user = await verifier.verify(`Bearer ${token}`).catch(() => undefined);
    return user ? { tenantId: user.tid, objectId: user.oid, ...(user.name ? { name: user.name } : {}) } : undefined;
  };
}

export function createApp(config: AppConfig, options: AppOptions = {}): App {
  const logger = options.logger ?? createLogger(config.logLevel, config.logBufferBytes);
  const storage = options.storage ?? createStorage(config, options.credential ? { credential: options.credential } : {});
  // State accesses as spans with their latency when telemetry is on; readiness probes the storage itself.
  const stateStorage = traceStorage(storage);
  const conversationState = new OptimisticConversationState(stateStorage);
  const userState = new OptimisticUserState(stateStorage);
  // One turn locale: the middleware resolves it inside the reliable turn (every attempt reads the
  // user's choice afresh with the rest of the state), the guard and the bot read it.
  const locales = new TurnLocale(userState);
  const deployment = loadDeploymentContent(config, logger, options.today);
  // One store for open items: the state store itself. In memory, its `cases/` keys are never
  // forgotten for idleness, count or bytes, and are budgeted on their own (memoryStorage.ts), so
  // conversations do not push them out nor they the conversations.
  const caseStorage = conditional(stateStorage);
  const caseStore = new CaseStore({ storage: caseStorage });
  const demo = config.partnerActions?.mode === 'demo';
  const followSettings = {
    ...DEFAULT_FOLLOW_UP_SETTINGS,
    pollMs: followUpPollMs(demo, config.followUps.pollSeconds, DEMO_POLL_MS),
    pollsPerMinute: config.followUps.pollsPerMinute,
    ...options.followUps,
  };
  const openItems = new OpenItems({
    store: caseStore,
    logger,
    pollMs: followSettings.pollMs,
    ...(config.followUps.partnerTenantId ? { partnerTenantId: config.followUps.partnerTenantId } : {}),
    maxOpenPerOwner: config.followUps.maxOpenPerUser,
    // `follow` is made below; an item that cannot be followed is said so only once the app runs.
    tell: (item, text) => follow.messenger.notice(item, text),
    // Whose tenant an item's owner was verified in (the team view): known once the actions are made below.
    teamOf: (context) => teamIdentity?.of(context) ?? Promise.resolve(undefined),
    ...(options.followUps?.now ? { now: options.followUps.now } : {}),
  });
  let eventsUrl: string | undefined;
  let inboxTimer: NodeJS.Timeout | undefined;
  let localServiceUrl: string | undefined;
  // Web Chat visitors on the server, shared by every instance: a sign-out in the chat ends its visitor.
  const visitorSessions = new VisitorSessions(conditional(stateStorage), visitorLimits(config));
  const partner = createPartnerActions(config, logger, conversationState, {
    kept: openItems.kept,
    openItemsFull: openItems.full,
    signedOut: (context) => visitorSessions.signedOut(context.activity),
    eventsUrl: () => eventsUrl,
    ...(options.standins ? { standins: options.standins } : {}),
    ...(options.startStandins ? { startStandins: options.startStandins } : {}),
    ...(deployment.content ? { content: deployment.content } : {}),
  });
  // Who signed in, from their sign-in token verified as the side panel's is (Entra's keys); the stand-in token service in the demonstration.
  const signIn = signInVerifierOf(config.partnerActions);
  const verifySignIn = signIn?.by === 'entra' ? entraSignIn(signIn.ssoAppId, config.allowedTenants) : partner?.verifySignIn;
  const teamIdentity = partner ? new TeamIdentity({ token: partner.actions.signedInToken, ...(verifySignIn ? { verify: verifySignIn } : {}) }) : undefined;
  // Follow-ups go out through the adapter, or the local Direct Line's bridge for its own conversations (both made below).
  let reach: ContinueConversation = async () => undefined;
  // The follow-up app's (FOLLOW_UP_APP_ID), or in the demonstration the stand-ins'.
  const appTokens =
    options.followUps?.appTokens ?? followUpAppTokens(config.followUps, config.azureClientId) ?? (partner?.appToken ? { token: partner.appToken } : undefined);
  const follow = followCases({
    store: caseStore,
    conversationState,
    logger,
    settings: followSettings,
    continueConversation: (reference, logic) => reach(reference, logic),
    // A follow-up's turn goes through the bot's route table, as a user's turn does (the bot is made below; the loops start once listening).
    runTurn: (context) => bot.run(context),
    // A local Direct Line conversation lives in the process that serves it: only that one tells it.
    reachable: (item) => reachableHere(item.conversation.serviceUrl, localServiceUrl),
    ...(appTokens ? { appTokens } : {}),
    ...(partner ? { endpoints: partner.endpoints, actionClick: partner.actions.click.bind(partner.actions) } : {}),
    ...(partner?.onApproval ? { onApproval: partner.onApproval } : {}),
    ...(deployment.content ? { content: deployment.content } : {}),
    ...(options.followUps?.now ? { now: options.followUps.now } : {}),
    ...(options.followUps?.timer ? { timer: options.followUps.timer } : {}),
  });
  const bot = (options.bot ?? createAdvisorBot)(
    { conversationState, userState, locales },
    {
      ...config,
      content: deployment.content,
      // Follow-ups' turns are routed whether or not the actions are on here (an item another instance's actions left).
      followUpTurns: follow.messenger,
      ...(partner ? { actions: partner.actions, cases: caseStore, followUpClicks: follow.clicks } : {}),
      ...(verifySignIn ? { verifySignIn } : {}),
      // The team view: a hand-over tells both owners, and never takes anyone past their bound.
      tellOwner: (item, text) => follow.messenger.notice(item, text),
      maxOpenPerUser: config.followUps.maxOpenPerUser,
      logger,
    },
  );
  const adapter = createAdapter(config, logger, conversationState, options.botFrameworkOpenIdMetadataUrl);
  const turns = new ReliableTurns({ conversationState, userState, logger, rememberProfileAbsence: isRemoteStateStorage(storage) });
  // A Web Chat page still open after its visitor signed out reaches the bot no more (read for Web Chat visitors only).
  adapter.use(new TenantGuard(config.allowedTenants, logger, locales), new EndedVisitorGate(visitorSessions, locales), turns, locales);
  observeReliability(turns.stats);
  const server = createServer({ config, adapter, bot, logger });
  const events = registerPartnerCenterEvents(server, {
    config,
    logger,
    storage: caseStorage,
    store: caseStore,
    deliver: eventDelivery({
      onChange: (change, source) => follow.followUps.onChange(change, source),
      onAccessEvent: (relationshipId) => follow.followUps.onAccessEvent(relationshipId),
      logger,
      ...(appTokens ? { tokens: appTokens } : {}),
      ...(partner ? { endpoints: partner.endpoints } : {}),
      ...(config.followUps.partnerTenantId ? { partnerTenantId: config.followUps.partnerTenantId } : {}),
    }),
    ...(options.eventTrust ? { trust: options.eventTrust } : {}),
  });
  const lifecycle = new Lifecycle(server, storage, turns.queue, logger);
  if (deployment.details) lifecycle.details = deployment.details;
  lifecycle.registerRoutes();
  const webChat = registerWebChat(server, { config, adapter, bot, logger, visitorSessions, ...(options.demoSample ? { demoSample: options.demoSample } : {}) });
  if (config.anonymousOnNetwork) {
    logger.warn(
      { setting: ANONYMOUS_ON_NETWORK_DEV_ONLY, host: config.host },
      'No app registration, yet listening beyond loopback: anyone who reaches this host can talk to the bot without a token. For a development network only; set MicrosoftAppId and MicrosoftAppType in production.',
    );
  }
  // The side panel lists My cases for a partner Teams signed in (its SSO token, verified), where the actions are on.
  const panelCases =
    partner && signIn?.by === 'entra'
      ? { cases: { store: caseStore, verifier: new EntraTokenVerifier({ clientId: signIn.ssoAppId, allowedTenants: config.allowedTenants }) } }
      : {};
  const panel = registerPanel(server, { config, logger, content: deployment.content, ...panelCases });
  // Every path served is one the route table lists (routes/http.ts): none is added elsewhere unseen.
  checkHttpWays(server);
  reach = (reference, logic) => {
    const local = webChat.bridge?.continueConversation;
    return reachBy(reference.serviceUrl, local !== undefined) === 'localBridge' && local
      ? local(reference, logic)
      : adapter.continueConversationAsync(config.appId, reference, logic);
  };

  // Whether Partner Center's registration points here (read-only, with the app's credential; never fatal): a start-up line and /readyz.
  const checkWebhooks = async (callbackUrl: string | undefined): Promise<void> => {
    if (!appTokens || !callbackUrl) return;
    const baseUrl = partner ? (await partner.endpoints().catch(() => undefined))?.partnerCenter : PARTNER_CENTER_BASE_URL;
    if (!baseUrl) return;
    const health = await checkWebhookRegistration({ tokens: appTokens, baseUrl, callbackUrl });
    logWebhookHealth(logger, health, callbackUrl);
    lifecycle.details = { ...lifecycle.details, partnerCenterWebhook: health };
  };
  return {
    server,
    storage,
    logger,
    lifecycle,
    turns,
    cases: { store: caseStore, openItems, follow },
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          announceWebChat(logger, webChat.mode);
          // The card template engine loads once the app has answered its readiness probe, ahead of the
          // first card (cardTemplate.ts): half a second after listening, a turn before it loads the engine itself.
          setTimeout(warmCardTemplates, 500).unref();
          if (panel) announcePanel(logger);
          if (partner) {
            follow.start();
            // Events kept but not delivered (a crash, another instance's lease, a failed try): the lease holder delivers them.
            void events.inbox.kick();
            inboxTimer = setInterval(() => void events.inbox.kick(), followSettings.pollMs);
            inboxTimer.unref();
          }
          const port = (server.address() as { port: number }).port;
          // The demonstration only (its stand-ins post signed events; loopback, as the setting demands).
          if (webChat.bridge) localServiceUrl = loopbackServiceUrl(server);
          if (demo) eventsUrl = demoEventsUrl(config.host, port, EVENTS_PATH);
          void checkWebhooks(config.followUps.callbackUrl ?? eventsUrl);
          resolve(port);
        });
      }),
    close: async () => {
      if (inboxTimer) clearInterval(inboxTimer);
      await follow.stop();
      await closeServer(server);
      await openItems.settled();
      await partner?.stop();
    },
  };
}
