// Follow the case, put together: the once-only path from a change to a message (followUps.ts), the
// proactive sender (proactive.ts), the poller where no event comes (poller.ts), the reminders
// (reminders.ts) and the follow-ups' buttons (followUpClicks.ts), over one case store. The app
// starts the loops once listening and stops them on close.
import type { OpenItem } from '../../domain/cases';
import { randomUUID } from 'crypto';
import type { ConversationState, TurnContext } from 'botbuilder';
import type { DeploymentContent } from '../../domain/deploymentContent';
import type { Logger } from '../logging/logger';
import { CardsFromItems } from '../actions/fromOpenItem';
import { CaseStore } from './caseStore';
import { FollowUps } from './followUps';
import { ActionClick, FollowUpClicks } from './followUpClicks';
import { Poller, SetTimer } from './poller';
import { ContinueConversation, ProactiveMessenger } from './proactive';
import { Reminders } from './reminders';
import { AppTokens, Endpoints, StatusReader } from './statusReader';
import { ApprovalAssigner } from './approvalAssign';
import type { SignIn } from '../actions/signIn';
import type { OnBehalfOf } from '../microsoftApis/call';

export interface FollowUpSettings {
  /** The poll interval of an open item (FOLLOW_UP_POLL_SECONDS); 2 seconds in the demonstration. */
  pollMs: number;
  /** Status reads a minute at most (FOLLOW_UP_POLLS_PER_MINUTE). */
  pollsPerMinute: number;
}

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = { pollMs: 5 * 60_000, pollsPerMinute: 60 };
/** The demonstration's poll interval: a newcomer sees the follow-up within seconds. */
export const DEMO_POLL_MS = 2_000;

export interface FollowCasesDeps {
  store: CaseStore;
  conversationState: ConversationState;
  logger: Logger;
  settings: FollowUpSettings;
  continueConversation: ContinueConversation;
  /** The bot's turn (its route table), which a follow-up's proactive turn goes through. */
  runTurn?: (context: TurnContext) => Promise<void>;
  /** The app's credential and the services' addresses; no credential: nothing is polled. */
  appTokens?: AppTokens;
  endpoints?: () => Promise<Endpoints>;
  /** The actions' click entry, for Assign access from a follow-up. */
  actionClick?: ActionClick;
  content?: DeploymentContent;
  now?: () => number;
  timer?: SetTimer;
  instanceId?: string;
  /** Whether this instance can reach an item's conversation (a local Direct Line's is its own process's only). */
  reachable?: (item: OpenItem) => boolean;
  /** ASSIGN_ON_APPROVAL: the partner's sign-in and its exchange, to assign as them on approval (approvalAssign.ts). */
  onApproval?: { signIn: SignIn; onBehalfOf: OnBehalfOf };
}

export interface FollowCases {
  followUps: FollowUps;
  /** What sends into an item's conversation (also the line that an item cannot be followed: openItems.ts). */
  messenger: ProactiveMessenger;
  poller: Poller;
  reminders: Reminders;
  clicks: FollowUpClicks;
  start(): void;
  stop(): Promise<void>;
}

export function followCases(deps: FollowCasesDeps): FollowCases {
  const clock = deps.now ? { now: deps.now } : {};
  const timer = deps.timer ? { timer: deps.timer } : {};
  const instanceId = deps.instanceId ?? randomUUID();
  const messenger = new ProactiveMessenger({
    continueConversation: deps.continueConversation,
    conversationState: deps.conversationState,
    ...(deps.runTurn ? { runTurn: deps.runTurn } : {}),
    ...clock,
    ...(deps.onApproval && deps.endpoints
      ? { approval: new ApprovalAssigner({ ...deps.onApproval, endpoints: deps.endpoints, logger: deps.logger, retryMs: deps.settings.pollMs, ...clock }) }
      : {}),
  });
  const unknown = (kind: string, status: string): void =>
    deps.logger.warn({ kind, status }, 'A status the documentation does not name: the item is left unchanged (said once)');
  const reader = deps.appTokens && deps.endpoints ? new StatusReader(deps.appTokens, deps.endpoints, undefined, unknown) : undefined;
  const followUps = new FollowUps({
    store: deps.store,
    messenger,
    logger: deps.logger,
    retryMs: deps.settings.pollMs,
    ...clock,
    ...(deps.reachable ? { reachable: deps.reachable } : {}),
    // The expiry is declared only once Partner Center's status does not contradict it.
    ...(reader ? { reader } : {}),
  });
  const poller = new Poller({
    store: deps.store,
    followUps,
    reader,
    logger: deps.logger,
    pollMs: deps.settings.pollMs,
    pollsPerMinute: deps.settings.pollsPerMinute,
    instanceId,
    ...clock,
    ...timer,
  });
  // The reminders wake at least as often as items are polled (every few seconds in the demonstration, so a reminder shows soon after the read that makes it due).
  const reminders = new Reminders({
    store: deps.store,
    followUps,
    logger: deps.logger,
    instanceId,
    maxSleepMs: Math.min(60_000, deps.settings.pollMs),
    ...clock,
    ...timer,
  });
  const clicks = new FollowUpClicks({
    store: deps.store,
    reminders,
    cards: new CardsFromItems(deps.conversationState, deps.content),
    ...(deps.actionClick ? { actionClick: deps.actionClick } : {}),
  });
  return {
    followUps,
    messenger,
    poller,
    reminders,
    clicks,
    start: () => {
      poller.start();
      reminders.start();
    },
    stop: async () => {
      await Promise.all([poller.stop(), reminders.stop()]);
    },
  };
}
