// Every HTTP way into the bot, in one table, beside the activities' (table.ts). The rooms that
// serve a path register it on the server; at start-up the app holds what the server has against
// this table (checkHttpWays) and refuses to start with a path the table does not list, so a new
// way in is always written here first. docs/architecture.md draws both tables.
import type * as restify from 'restify';
import { MESSAGES_PATH } from '../../protocols/http/routeLimits';
import { EVENTS_PATH } from '../cases/eventsRoute';
import { TOKEN_PATH } from '../webchat/tokenExchange';
import { DIRECT_LINE_PATH } from '../directline/routes';
import { LOCAL_CONNECTOR_PATH } from '../../protocols/http/localConnector';
import { PANEL_PATH, PANEL_SCRIPT_PATH, PANEL_STYLE_PATH } from '../panel';
import { PANEL_CASES_PATH } from '../../panel/panelCases';
import { PANEL_CONTENT_PATH } from '../../panel/panelContent';
import { PANEL_READER_ROUTE, panelTextsRoute } from '../../panel/panelTexts';
import { DEFAULT_LOCALE, LOCALES } from '../../domain/locales';

export interface HttpWay {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** What comes in this way. */
  what: string;
  /** The room that serves it. */
  room: 'http' | 'cases' | 'webchat' | 'directline' | 'panel';
}

const CONVERSATION = `${DIRECT_LINE_PATH}/conversations/:conversationId`;
const CONNECTOR = `${LOCAL_CONNECTOR_PATH}/v3/conversations/:conversationId/activities`;

export const HTTP_WAYS: readonly HttpWay[] = [
  { method: 'POST', path: MESSAGES_PATH, what: 'activities (Azure Bot Service, Teams, Copilot, Direct Line): the activity route table', room: 'http' },
  { method: 'GET', path: '/healthz', what: 'liveness', room: 'http' },
  { method: 'GET', path: '/readyz', what: 'readiness: storage, Partner Center webhook registration', room: 'http' },
  { method: 'POST', path: EVENTS_PATH, what: "Partner Center's signed events: kept, then followed up as proactive turns", room: 'cases' },
  { method: 'GET', path: '/', what: 'the Web Chat page', room: 'webchat' },
  { method: 'GET', path: '/chat', what: 'the Web Chat page', room: 'webchat' },
  { method: 'GET', path: '/assets/webchat.js', what: "Web Chat's script", room: 'webchat' },
  { method: 'GET', path: '/assets/chat.js', what: "the page's script", room: 'webchat' },
  { method: 'GET', path: '/assets/chat.css', what: "the page's style", room: 'webchat' },
  { method: 'POST', path: TOKEN_PATH, what: 'a Direct Line token for a Web Chat visitor (or its resume)', room: 'webchat' },
  { method: 'POST', path: `${DIRECT_LINE_PATH}/conversations`, what: 'local Direct Line: start a conversation', room: 'directline' },
  { method: 'GET', path: CONVERSATION, what: 'local Direct Line: reconnect', room: 'directline' },
  { method: 'POST', path: `${DIRECT_LINE_PATH}/tokens/refresh`, what: 'local Direct Line: renew a token', room: 'directline' },
  { method: 'GET', path: `${DIRECT_LINE_PATH}/session/getsessionid`, what: 'local Direct Line: the sign-in session', room: 'directline' },
  { method: 'GET', path: `${CONVERSATION}/activities`, what: 'local Direct Line: read the replies', room: 'directline' },
  { method: 'POST', path: `${CONVERSATION}/activities`, what: 'local Direct Line: a visitor activity, run as a turn', room: 'directline' },
  { method: 'POST', path: CONNECTOR, what: "local connector: the bot's replies", room: 'directline' },
  { method: 'POST', path: `${CONNECTOR}/:activityId`, what: "local connector: the bot's replies to an activity", room: 'directline' },
  { method: 'PUT', path: `${CONNECTOR}/:activityId`, what: 'local connector: a card updated in place', room: 'directline' },
  { method: 'GET', path: PANEL_PATH, what: "Teams' side panel page", room: 'panel' },
  { method: 'GET', path: PANEL_SCRIPT_PATH, what: "the side panel's script", room: 'panel' },
  { method: 'GET', path: PANEL_STYLE_PATH, what: "the side panel's style", room: 'panel' },
  { method: 'GET', path: PANEL_READER_ROUTE, what: "the side panel's free-text reader", room: 'panel' },
  { method: 'GET', path: PANEL_CONTENT_PATH, what: "the side panel's content", room: 'panel' },
  ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l): HttpWay => ({
    method: 'GET',
    path: panelTextsRoute(l),
    what: `the side panel's ${l} texts`,
    room: 'panel',
  })),
  { method: 'GET', path: PANEL_CASES_PATH, what: "My cases in the side panel (Teams' SSO token)", room: 'panel' },
];

/** What the server serves, as the table writes it (method and path). */
export function servedWays(server: restify.Server): { method: string; path: string }[] {
  const routes = (server as unknown as { router: { getRoutes(): Record<string, { method: string; path: string }> } }).router.getRoutes();
  return Object.values(routes).map((r) => ({ method: r.method, path: r.path }));
}

/** Refuses a server that serves a path the table does not list. */
export function checkHttpWays(server: restify.Server): void {
  const listed = new Set(HTTP_WAYS.map((w) => `${w.method} ${w.path}`));
  const outside = servedWays(server).filter((w) => !listed.has(`${w.method} ${w.path}`));
  if (outside.length > 0) {
    throw new Error(`Served outside the route table (src/hosting/routes/http.ts): ${outside.map((w) => `${w.method} ${w.path}`).join(', ')}`);
  }
}
