// The advisor's bot from its settings: the advice flow, and where the deployment has them the
// Partner Center actions, My cases, the team view and the follow-ups' clicks, on conversation and
// user state kept on one storage. What the app serves (app.ts), and what tests build on directly.
import { randomUUID } from 'crypto';
import { ActivityHandlerBase, Storage, TurnContext } from 'botbuilder';
import type { AppConfig } from '../config';
import type { Logger } from './logging/logger';
import { AdvisorBot } from './routes/bot';
import { OptimisticConversationState, OptimisticUserState } from './state/optimisticState';
import { TurnLocale } from './locale/turnLocale';
import { AdvisorHost } from './advisor/advisorHost';
import type { DeploymentContent } from '../domain/deploymentContent';
import type { PartnerActions } from './actions';
import type { CaseStore } from './cases/caseStore';
import { MyCases } from './cases/myCases';
import { TeamCases } from './cases/teamCases';
import { SignInVerifier, TeamIdentity } from './cases/teamIdentity';
import { CardsFromItems } from './actions/fromOpenItem';
import type { FollowUpClickHandler } from './cases/followUpClicks';
import type { OpenItem } from '../domain/cases';
import { DEFAULT_MAX_OPEN_PER_OWNER } from '../conversation/followUps/openItemOf';

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
  cases?: CaseStore;
  followUpClicks?: FollowUpClickHandler;
  /** The follow-ups' proactive turns, routed by the bot like every other turn. */
  followUpTurns?: { run(context: TurnContext): Promise<void> };
  /** How the team view verifies a signed-in partner's token (cases/teamIdentity.ts); Teams' channel token needs none. */
  verifySignIn?: SignInVerifier;
  /** A line to an item's owner in its conversation (the follow-ups' messenger): a hand-over tells both owners. */
  tellOwner?: (item: OpenItem, text: string) => Promise<unknown>;
  /** Open items one person may have (FOLLOW_UP_MAX_OPEN_PER_USER). */
  maxOpenPerUser?: number;
  logger?: Logger;
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
  const advisor = new AdvisorHost({ preset, edition, newConsultationId, ...content, ...(config.actions ? { partnerActions: true } : {}) });
  // My cases lists what the actions left: no actions, no command.
  const cards = new CardsFromItems(states.conversationState, config.content);
  const cases =
    config.actions && config.cases ? new MyCases({ store: config.cases, conversationState: states.conversationState, cards, ...content }) : undefined;
  // The team view beside My cases: who may see it is verified (Teams' channel token, or the partner's sign-in token).
  const team = config.actions && config.cases ? teamCasesOf(config.cases, config.actions, config) : undefined;
  return new AdvisorBot(
    states.conversationState,
    states.locales,
    advisor,
    { preset, edition, ...content },
    {
      ...(config.actions ? { actions: config.actions } : {}),
      ...(cases ? { cases } : {}),
      ...(team ? { team } : {}),
      ...(config.followUpClicks ? { followUps: config.followUpClicks } : {}),
      ...(config.followUpTurns ? { followUpTurns: config.followUpTurns } : {}),
    },
  );
};

function teamCasesOf(store: CaseStore, actions: PartnerActions, config: AdvisorSettings): TeamCases {
  return new TeamCases({
    store,
    identity: new TeamIdentity({ token: actions.signedInToken, ...(config.verifySignIn ? { verify: config.verifySignIn } : {}) }),
    openLimit: config.maxOpenPerUser ?? DEFAULT_MAX_OPEN_PER_OWNER,
    ...(config.tellOwner ? { tell: config.tellOwner } : {}),
    ...(config.logger ? { logger: config.logger } : {}),
  });
}

/** The advisor and its state on a storage, without any HTTP: what tests and other hosts build on. */
export function createBot(
  config: AdvisorSettings,
  storage: Storage,
  options: {
    actions?: (conversationState: OptimisticConversationState) => PartnerActions;
    cases?: CaseStore;
    followUpClicks?: (conversationState: OptimisticConversationState, actions: PartnerActions | undefined) => FollowUpClickHandler;
  } = {},
): BotStates & { bot: AdvisorBot } {
  const userState = new OptimisticUserState(storage);
  const states: BotStates = { conversationState: new OptimisticConversationState(storage), userState, locales: new TurnLocale(userState) };
  const actions = options.actions?.(states.conversationState);
  const followUpClicks = options.followUpClicks?.(states.conversationState, actions);
  const extras = { ...(actions ? { actions } : {}), ...(options.cases ? { cases: options.cases } : {}), ...(followUpClicks ? { followUpClicks } : {}) };
  return { ...states, bot: createAdvisorBot(states, { ...config, ...extras }) };
}
