// Wires the advisor together from a configuration: storage, state, dialog, bot, adapter, server.
import { randomUUID } from 'crypto';
import { ActivityHandlerBase, Storage } from 'botbuilder';
import * as restify from 'restify';
import { ANONYMOUS_ON_NETWORK_DEV_ONLY, AppConfig } from './config';
import { createLogger, Logger } from './logging/logger';
import { createStorage } from './state/storage';
import type { TokenCredential } from './state/identity';
import { createAdapter } from './http/adapter';
import { createServer } from './http/server';
import { announceWebChat, registerWebChat } from './webchat';
import { announcePanel, registerPanel } from './panel';
import { AdvisorBot } from './teams/bot';
import { OptimisticConversationState, OptimisticUserState } from './state/optimisticState';
import { ReliableTurns } from './turns/reliableTurns';
import { TenantGuard } from './teams/tenantGuard';
import { TurnLocale } from './locale/turnLocale';
import { Lifecycle, closeServer } from './http/lifecycle';
import { AdvisorDialog } from './dialogs/advisorDialog';
import { traceStorage } from './telemetry/tracedStorage';
import { observeReliability } from './telemetry/instruments';
import type { DeploymentContent } from '../domain/deploymentContent';
import { loadDeploymentContent } from './content/loadContent';
import { PartnerActions, Standins, createPartnerActions } from './actions';
import { conditional } from './state/stateStorage';
import { CaseStore } from './cases/caseStore';
import { OpenItems } from './cases/openItems';
import { DEFAULT_FOLLOW_UP_SETTINGS, DEMO_POLL_MS, FollowCases, followCases, FollowUpSettings } from './cases/followCases';
import type { FollowUpClickHandler } from './cases/followUpClicks';
import type { ContinueConversation } from './cases/proactive';
import type { AppTokens } from './cases/statusReader';
import type { SetTimer } from './cases/poller';
import { LOCAL_CONNECTOR_PATH } from './directline/routes';

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

/** Conversation and user state on one storage, eTag-checked: concurrent turns conflict instead of overwriting each other. */
export interface BotStates {
  conversationState: OptimisticConversationState;
  userState: OptimisticUserState;
  /** The turn's language, resolved once per turn (the middleware) and read by the bot. */
  locales: TurnLocale;
}

/** Builds the bot the host serves; the benchmark swaps in an echo bot on the very same stack. */
/** What the advisor itself is configured with: the preset cloud, the edition of the policy and what the deployment adds to the content. */
export type AdvisorSettings = Pick<AppConfig, 'presetCloud' | 'policyEdition'> & {
  content?: DeploymentContent;
  actions?: PartnerActions;
  followUpClicks?: FollowUpClickHandler;
};

export type BotFactory = (states: BotStates, config: AdvisorSettings) => ActivityHandlerBase;

/**
 * Eight random hex digits per case (the first block of a version-4 UUID, all random). randomUUID
 * draws from a cached entropy pool; randomBytes would make a system call on every new case.
 */
const newConsultationId = (): string => randomUUID().slice(0, 8);

export const createAdvisorBot = (states: BotStates, config: AdvisorSettings): AdvisorBot => {
  const preset = config.presetCloud ? { cloud: config.presetCloud } : {};
  const edition = config.policyEdition;
  const content = config.content ? { content: config.content } : {};
  const dialog = new AdvisorDialog({ preset, edition, newConsultationId, ...content, ...(config.actions ? { partnerActions: true } : {}) });
  return new AdvisorBot(states.conversationState, states.locales, dialog, { preset, edition, ...content }, config.actions, config.followUpClicks);
};

/** The advisor and its state on a storage, without any HTTP: what tests and other hosts build on. */
export function createBot(
  config: AdvisorSettings,
  storage: Storage,
  options: {
    actions?: (conversationState: OptimisticConversationState) => PartnerActions;
    followUpClicks?: (conversationState: OptimisticConversationState, actions: PartnerActions | undefined) => FollowUpClickHandler;
  } = {},
): BotStates & { bot: AdvisorBot } {
  const userState = new OptimisticUserState(storage);
  const states: BotStates = { conversationState: new OptimisticConversationState(storage), userState, locales: new TurnLocale(userState) };
  const actions = options.actions?.(states.conversationState);
  const followUpClicks = options.followUpClicks?.(states.conversationState, actions);
  return { ...states, bot: createAdvisorBot(states, { ...config, ...(actions ? { actions } : {}), ...(followUpClicks ? { followUpClicks } : {}) }) };
}

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
  /** The development entry point's: starts the demonstration's stand-ins on first use (PARTNER_ACTIONS_DEMO). */
  startStandins?: () => Promise<Standins>;
  /** The follow-ups' settings, the app's credential for their status reads, and (tests) their clock. */
  followUps?: Partial<FollowUpSettings> & { appTokens?: AppTokens; now?: () => number; timer?: SetTimer };
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
  const caseStore = new CaseStore({ storage: conditional(stateStorage) });
  // The poll interval and rate (FOLLOW_UP_POLL_SECONDS, FOLLOW_UP_POLLS_PER_MINUTE once the config has them); seconds in the demonstration.
  const demo = config.partnerActions?.mode === 'demo';
  const followSettings = { ...DEFAULT_FOLLOW_UP_SETTINGS, ...(demo ? { pollMs: DEMO_POLL_MS } : {}), ...options.followUps };
  const openItems = new OpenItems({
    store: caseStore,
    logger,
    pollMs: followSettings.pollMs,
    ...(options.followUps?.now ? { now: options.followUps.now } : {}),
  });
  const partner = createPartnerActions(config, logger, conversationState, {
    kept: openItems.kept,
    ...(options.standins ? { standins: options.standins } : {}),
    ...(options.startStandins ? { startStandins: options.startStandins } : {}),
    ...(deployment.content ? { content: deployment.content } : {}),
  });
  // Follow-ups go out through the adapter, or the local Direct Line's bridge for its own conversations (both made below).
  let reach: ContinueConversation = async () => undefined;
  const appTokens = options.followUps?.appTokens ?? (partner?.appToken ? { token: partner.appToken } : undefined);
  const follow = followCases({
    store: caseStore,
    conversationState,
    logger,
    settings: followSettings,
    continueConversation: (reference, logic) => reach(reference, logic),
    ...(appTokens ? { appTokens } : {}),
    ...(partner ? { endpoints: partner.endpoints, actionClick: partner.actions.click.bind(partner.actions) } : {}),
    ...(deployment.content ? { content: deployment.content } : {}),
    ...(options.followUps?.now ? { now: options.followUps.now } : {}),
    ...(options.followUps?.timer ? { timer: options.followUps.timer } : {}),
  });
  const bot = (options.bot ?? createAdvisorBot)(
    { conversationState, userState, locales },
    { ...config, content: deployment.content, ...(partner ? { actions: partner.actions, followUpClicks: follow.clicks } : {}) },
  );
  const adapter = createAdapter(config, logger, conversationState, options.botFrameworkOpenIdMetadataUrl);
  const turns = new ReliableTurns({ conversationState, userState, logger });
  adapter.use(new TenantGuard(config.allowedTenants, logger, locales), turns, locales);
  observeReliability(turns.stats);
  const server = createServer({ config, adapter, bot, logger });
  const lifecycle = new Lifecycle(server, storage, turns.queue, logger);
  if (deployment.details) lifecycle.details = deployment.details;
  lifecycle.registerRoutes();
  const webChat = registerWebChat(server, { config, adapter, bot, logger });
  if (config.anonymousOnNetwork) {
    logger.warn(
      { setting: ANONYMOUS_ON_NETWORK_DEV_ONLY, host: config.host },
      'No app registration, yet listening beyond loopback: anyone who reaches this host can talk to the bot without a token. For a development network only; set MicrosoftAppId and MicrosoftAppType in production.',
    );
  }
  const panel = registerPanel(server, { config, logger, content: deployment.content });
  reach = (reference, logic) => {
    const local = webChat.bridge?.continueConversation;
    return local && String(reference.serviceUrl ?? '').includes(`${LOCAL_CONNECTOR_PATH}/`)
      ? local(reference, logic)
      : adapter.continueConversationAsync(config.appId, reference, logic);
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
          if (panel) announcePanel(logger);
          if (partner) follow.start();
          resolve((server.address() as { port: number }).port);
        });
      }),
    close: async () => {
      await follow.stop();
      await closeServer(server);
      await openItems.settled();
      await partner?.stop();
    },
  };
}
