// The Web Chat embed: a page partners can put on their portal (GET / and /chat), its assets,
// the token endpoint and, when no Direct Line secret is configured, the local Direct Line that
// connects the page to this bot without Azure (see webChatMode: never next to an app registration
// unless a development-only setting asks). One call wires it all into the server.
import { randomBytes } from 'crypto';
import { AddressInfo } from 'net';
import * as restify from 'restify';
import { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { AppConfig } from '../../config';
import { Logger } from '../logging/logger';
import { LocalDirectLine } from '../directline/localDirectLine';
import { BotBridge, createBotBridge } from '../directline/botBridge';
import { DIRECT_LINE_PATH, registerLocalDirectLine } from '../directline/routes';
import { loadPageAssets, serveAsset } from './assets';
import { DEFAULT_LOCALE } from '../../domain/locales';
import {
  connectSources,
  contentSecurityPolicy,
  DemoSample,
  DirectLineClientSettings,
  negotiateLocale,
  pageDemo,
  renderPage,
  stringsFor,
} from '../../conversation/pages/webChatPage';
import { RateLimiter } from './rateLimit';
import { pageHeaders } from '../../conversation/pages/pageAnswers';
import { localConnectorUrl } from '../../conversation/webChat/loopbackAddress';
import { endedConversation } from '../../protocols/http/localConnector';
import { LOCAL_ANONYMOUS_DEV_ONLY, parseWebChatSettings, WebChatMode, webChatMode, webChatModeLine, WebChatSettings } from '../../config/webChatSettings';
import { registerTokenRoute, TOKEN_PATH } from './tokenExchange';
import { VisitorIds } from './visitor';
import { VisitorSessions } from './visitorSessions';
import { cookieDays, VisitorLimits, visitorLimits as limitsFor } from '../../conversation/webChat/visitorRules';

export type { DemoSample } from '../../conversation/pages/webChatPage';

export interface WebChatDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  /** A clock for conversation expiry and rate limits (tests). */
  now?: () => number;
  /** The visitors' sessions, in the bot's state store (app.ts); this process's memory otherwise. */
  visitorSessions?: VisitorSessions;
  /** PARTNER_ACTIONS_DEMO: the sample values the development entry point's stand-ins take, for the page's banner. */
  demoSample?: DemoSample;
}

/** How long a visitor lasts on the server (visitorRules.ts). */
export const visitorLimits = (config: Pick<AppConfig, 'partnerActions'>): VisitorLimits => limitsFor(Boolean(config.partnerActions));

/** Says where the page is and how it talks to the bot (webChatModeLine): once listening, so a port in use is the first word. */
export function announceWebChat(logger: Logger, mode: WebChatMode): void {
  const line = webChatModeLine(mode);
  if (line) logger.info({ mode }, line);
}

export interface WebChatHandle {
  mode: WebChatMode;
  /** The local Direct Line's state, in local mode. */
  localDirectLine?: LocalDirectLine;
  /** Its bridge to the bot, in local mode: proactive follow-ups reach local conversations through it. */
  bridge?: BotBridge;
}

/** The bot's id in local Direct Line conversations. */
export const LOCAL_BOT_ID = 'multichannel-advisor';

function defaults(): WebChatSettings {
  return parseWebChatSettings({}, (message) => {
    throw new Error(message);
  });
}

/** Where the bot reaches this server (loopbackAddress.ts). */
export function loopbackServiceUrl(server: restify.Server): string {
  const address = server.address() as AddressInfo | null;
  if (!address) throw new Error('The server is not listening yet.');
  return localConnectorUrl(address.address, address.port);
}

/** A proactive turn in a local conversation, or the connector's answer for one ended (localConnector.ts). */
function reachLocal(store: LocalDirectLine, bridge: BotBridge): BotBridge['continueConversation'] {
  return async (reference, logic) => {
    const ended = endedConversation(store.find(String(reference.conversation?.id ?? '')) !== undefined);
    if (ended) throw Object.assign(new Error(ended.message), { statusCode: ended.statusCode });
    await bridge.continueConversation?.(reference, logic);
  };
}

export function registerWebChat(server: restify.Server, deps: WebChatDeps): WebChatHandle {
  const { config, logger } = deps;
  const settings = config.webChat ?? defaults();
  const mode = webChatMode(settings, config.appId !== '');
  if (mode === 'off') return { mode };
  const assets = loadPageAssets();
  if (!assets) {
    logger.warn('Web Chat page is off: the botframework-webchat package is not installed.');
    return { mode: 'off' };
  }
  const now = deps.now ?? Date.now;
  const limiter = new RateLimiter(settings.tokenRateLimit, 60_000, now);
  // The visitor's cookie, for as long as visitorRules.ts's cookieDays says.
  const visitors = new VisitorIds({
    key: settings.cookieKey || randomBytes(32),
    days: cookieDays(settings.cookieDays, Boolean(config.partnerActions)),
    trustProxy: settings.trustProxy,
    ...(deps.visitorSessions ? { sessions: deps.visitorSessions } : {}),
  });

  let handle: WebChatHandle = { mode };
  let client: DirectLineClientSettings | undefined;
  if (mode === 'directline') {
    registerTokenRoute(server, {
      logger,
      limiter,
      trustProxy: settings.trustProxy,
      visitors,
      directLine: { secret: settings.directLineSecret, tokenUrl: settings.directLineTokenUrl, trustedOrigins: settings.trustedOrigins },
    });
    client = { domain: settings.directLineDomain, webSocket: true, pollingInterval: 1000 };
  } else if (mode === 'local') {
    const store = new LocalDirectLine(settings.local, now);
    const connectorKey = randomBytes(32).toString('base64url');
    const bridge = createBotBridge(deps.adapter, deps.bot, config.appId, connectorKey);
    registerLocalDirectLine(server, {
      store,
      bridge,
      logger,
      bot: { id: LOCAL_BOT_ID, name: settings.botName || stringsFor(DEFAULT_LOCALE).productName, role: 'bot' },
      serviceUrl: () => loopbackServiceUrl(server),
      connectorKey,
    });
    registerTokenRoute(server, { logger, limiter, trustProxy: settings.trustProxy, visitors, local: store });
    client = { domain: DIRECT_LINE_PATH, webSocket: false, pollingInterval: 500 };
    handle = { mode, localDirectLine: store, bridge: { ...bridge, continueConversation: reachLocal(store, bridge) } };
    if (config.appId !== '') {
      logger.warn(
        { setting: LOCAL_ANONYMOUS_DEV_ONLY },
        'The local Direct Line is on next to an app registration: anyone who reaches this host can talk to the bot without a Bot Framework token, past ALLOWED_TENANTS. For development only; set DIRECT_LINE_SECRET in production.',
      );
    }
  }
  // 'unconfigured': a registration and no Direct Line secret. No token endpoint, no local Direct
  // Line: nothing anonymous reaches the bot, and the page says Web Chat is not configured.

  const connect = client ? connectSources(client.domain) : [];
  const demo = pageDemo(config.partnerActions?.mode, deps.demoSample);
  const csp = (nonce: string): string => contentSecurityPolicy(nonce, connect, settings.frameAncestors);
  const page = (req: restify.Request, res: restify.Response, next: restify.Next): void => {
    const query = new URL(req.url ?? '/', 'http://page.invalid').searchParams.get('locale') ?? undefined;
    const { locale, source } = negotiateLocale(query, req.headers['accept-language']);
    const nonce = randomBytes(16).toString('base64');
    const html = renderPage({
      settings,
      assets,
      locale,
      localeSource: source,
      nonce,
      tokenUrl: TOKEN_PATH,
      ...(client ? { directLine: client } : {}),
      ...demo,
    });
    res.writeHead(200, pageHeaders('webChat', csp(nonce), locale));
    res.end(html);
    next(false);
  };
  server.get('/', page);
  server.get('/chat', page);
  server.get('/assets/webchat.js', serveAsset(assets.webChat));
  server.get('/assets/chat.js', serveAsset(assets.script));
  server.get('/assets/chat.css', serveAsset(assets.style));

  return handle;
}
