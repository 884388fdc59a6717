// Which way into the bot an activity takes: decided once, here, from plain facts the host reads
// off the activity, so no feature probes every turn for "is this mine?". A card click is routed by
// its verb (the `action` its button's data names), whichever way the channel delivers it: an
// `adaptiveCard/action` invoke (Teams, Copilot) or a message carrying the data (Web Chat).
// The host's route table (src/hosting/routes.ts) names the handler of each route.
import { isRecord } from '../../domain/records';
import { PARTNER_ACTION } from '../actions/actionClicks';
import { MY_CASES_ACTION } from '../followUps/caseListCards';
import { TEAM_CASES_ACTION } from '../team/teamCards';
import { FOLLOW_UP_ACTION } from '../followUps/followUpCards';
import { COPILOT_VERB } from '../cards/copilotCards';
import { CARD_ACTION_INVOKE } from '../cards/cardActions';

export const SUBMIT_ACTION_INVOKE = 'message/submitAction';
export const SEARCH_INVOKE = 'composeExtension/query';
export const TOKEN_EXCHANGE_INVOKE = 'signin/tokenExchange';
export const VERIFY_STATE_INVOKE = 'signin/verifyState';
export const TOKENS_RESPONSE_EVENT = 'tokens/response';

/** The verbs of the bot's own buttons; every other click is the advice flow's (its answers, Back, refresh). */
export const CLICK_VERBS = [PARTNER_ACTION, MY_CASES_ACTION, TEAM_CASES_ACTION, FOLLOW_UP_ACTION, 'copilot', 'advisor'] as const;
export type ClickVerb = (typeof CLICK_VERBS)[number];

export type SignInStep = 'tokenExchange' | 'verifyState' | 'tokensResponse';

export type Route =
  /** A follow-up the bot itself sends into the conversation of an open item (a proactive turn). */
  | { name: 'followUp' }
  /** The bot was added: Teams' installation, or another channel's conversationUpdate naming the bot. */
  | { name: 'welcome' }
  /** Typed text for the bot (My cases' command, a sign-in code, or the advisor's). */
  | { name: 'text' }
  /** A click on one of the bot's buttons. `invoke`: a Universal Actions invoke, answered in its HTTP response. */
  | { name: 'click'; verb: ClickVerb; invoke: boolean }
  /** Thumbs up or down on a verdict. */
  | { name: 'feedback' }
  /** The search command of the compose box (a message extension). */
  | { name: 'search' }
  /** A step of the Partner Center actions' sign-in. */
  | { name: 'signIn'; step: SignInStep }
  /** For the bot but refused: a sender a case could not be kept under (Teams), answered as an unknown click where a click waits for an answer. */
  | { name: 'refused'; invoke: boolean }
  /** Not the bot's: people talking to each other in a shared chat, others joining, a reaction. Nothing is done. */
  | { name: 'ignored' }
  /** Anything else: the SDK's default answer (an invoke nobody handles gets 501). */
  | { name: 'sdkDefault' };

export type RouteName = Route['name'];

/** What the host reads off an activity, and nothing more: the routing depends on these alone. */
export interface RouteFacts {
  /**
   * A turn the bot started itself to send a follow-up: known from what the host put in the turn's
   * own state in this process, never from anything the activity says (a client can name any event).
   */
  followUp: boolean;
  type: string;
  name?: string;
  /** A message's `value` (Web Chat's submits), or an invoke's. */
  value?: unknown;
  /** An installationUpdate's `action`. */
  action?: string;
  /** Teams and Copilot: the channel shows cards per viewer, so cases have askers. */
  userSpecificViews: boolean;
  /** The sender has an id a case can be kept under. */
  usableSender: boolean;
  /** A message meant for the bot (in a shared chat: an @mention, or a click on its card). */
  addressed: boolean;
  /** A conversationUpdate whose membersAdded names the bot. */
  botAdded: boolean;
  /** The channel is Teams (msteams), Copilot included. */
  teams: boolean;
}

/** The verb of a click's data: the feature whose button it was. */
export function verbOf(data: unknown): ClickVerb | undefined {
  if (!isRecord(data)) return undefined;
  const action = data.action;
  return action === PARTNER_ACTION || action === MY_CASES_ACTION || action === TEAM_CASES_ACTION || action === FOLLOW_UP_ACTION ? action : undefined;
}

/** The data of an `adaptiveCard/action` invoke's button, and whether its verb is Copilot's. */
function invokedAction(value: unknown): { data: unknown; copilot: boolean } {
  const action = isRecord(value) ? value.action : undefined;
  return isRecord(action) ? { data: action.data, copilot: action.verb === COPILOT_VERB } : { data: undefined, copilot: false };
}

/** Where cases have askers (Teams), a sender whose id cannot be one must not be taken for "anyone". */
const refusesSender = (a: RouteFacts): boolean => a.userSpecificViews && !a.usableSender;

export function routeOf(a: RouteFacts): Route {
  if (a.followUp) return { name: 'followUp' };
  switch (a.type) {
    case 'message':
      return messageRoute(a);
    case 'invoke':
      return invokeRoute(a);
    case 'event':
      return a.name === TOKENS_RESPONSE_EVENT ? { name: 'signIn', step: 'tokensResponse' } : { name: 'sdkDefault' };
    case 'installationUpdate':
      return a.action === 'add' || a.action === 'add-upgrade' ? { name: 'welcome' } : { name: 'ignored' };
    case 'conversationUpdate':
      // Teams sends both installationUpdate and conversationUpdate on install, and only the first carries the user's locale.
      return a.botAdded && !a.teams ? { name: 'welcome' } : { name: 'ignored' };
    default:
      return { name: 'sdkDefault' };
  }
}

function messageRoute(a: RouteFacts): Route {
  // In group chats and channels people talk to each other: only @mentions are for us.
  if (!a.addressed) return { name: 'ignored' };
  if (refusesSender(a)) return { name: 'refused', invoke: false };
  if (a.value === undefined || a.value === null) return { name: 'text' };
  return { name: 'click', verb: verbOf(a.value) ?? 'advisor', invoke: false };
}

function invokeRoute(a: RouteFacts): Route {
  switch (a.name) {
    case CARD_ACTION_INVOKE: {
      if (refusesSender(a)) return { name: 'refused', invoke: true };
      const { data, copilot } = invokedAction(a.value);
      return { name: 'click', verb: verbOf(data) ?? (copilot ? 'copilot' : 'advisor'), invoke: true };
    }
    case SUBMIT_ACTION_INVOKE:
      return { name: 'feedback' };
    case SEARCH_INVOKE:
      return { name: 'search' };
    case TOKEN_EXCHANGE_INVOKE:
      return refusesSender(a) ? { name: 'sdkDefault' } : { name: 'signIn', step: 'tokenExchange' };
    case VERIFY_STATE_INVOKE:
      return refusesSender(a) ? { name: 'sdkDefault' } : { name: 'signIn', step: 'verifyState' };
    default:
      return { name: 'sdkDefault' };
  }
}
