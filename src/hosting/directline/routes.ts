// The HTTP side of the local Direct Line: the Direct Line 3.0 calls Web Chat makes (start,
// post, poll, refresh) and the connector calls the bot makes back (send, reply, update). Each
// refusal's answer is pure (protocols/http/directLineAnswers.ts).
import { createHash, createHmac, createSecretKey, timingSafeEqual } from 'crypto';
import * as restify from 'restify';
import { Activity } from 'botbuilder';
import { Logger } from '../logging/logger';
import { rememberArrival } from '../turns/originalActivity';
import { BotBridge } from './botBridge';
import { JsonObject, LocalConversation, LocalDirectLine } from './localDirectLine';
import { postRefusal, takesTurn, updateRefusal, visitorPost } from '../../protocols/directline/visitorPosts';
import { accessRefusal, DirectLineRefusal, directLineRefusal } from '../../protocols/http/directLineAnswers';
import { bearerToken } from '../../protocols/http/directLineActivity';
import { botCallRefusal } from '../../protocols/directline/botCalls';
import { LOCAL_CONNECTOR_PATH } from '../../protocols/http/localConnector';
import { botActivity, ChannelAccount, clientActivity, conversationInfo as info, DIRECT_LINE_PATH, startActivity } from '../../protocols/directline/activities';

export { MAX_CLIENT_VALUES } from '../../protocols/http/directLineActivity';
export { CHANNEL_ID, DIRECT_LINE_PATH } from '../../protocols/directline/activities';
export type { ChannelAccount } from '../../protocols/directline/activities';

export interface LocalDirectLineRouteDeps {
  store: LocalDirectLine;
  bridge: BotBridge;
  logger: Logger;
  bot: ChannelAccount;
  /** The connector address the bot replies to (this server, on a loopback address). */
  serviceUrl(): string;
  /** The key the bot's connector client signs its calls with. */
  connectorKey: string;
}

/** A refusal as directLineAnswers.ts words it, with its Retry-After where it has one. */
function fail(res: restify.Response, refusal: DirectLineRefusal): void {
  const answer = directLineRefusal(refusal);
  if (answer.retryAfterSeconds !== undefined) res.header('Retry-After', String(answer.retryAfterSeconds));
  res.send(answer.status, answer.body);
}

function keyMatches(header: unknown, keyHash: Buffer): boolean {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = createHash('sha256').update(header.slice('Bearer '.length)).digest();
  return timingSafeEqual(given, keyHash);
}

export function registerLocalDirectLine(server: restify.Server, deps: LocalDirectLineRouteDeps): void {
  const { store, bridge, logger, bot } = deps;
  const keyHash = createHash('sha256').update(deps.connectorKey).digest();
  // Imported once: a Buffer or string key is imported again on every createHmac call (tens of µs under load).
  const sessionKey = createSecretKey(Buffer.from(deps.connectorKey, 'utf8'));

  /**
   * Runs the bot for an activity, one turn at a time per conversation. A posted activity waits in
   * the queue as its stored text (the same bytes the store counts) and is parsed when its turn comes.
   */
  const runTurn = (c: LocalConversation, activity: JsonObject | string): Promise<boolean> => {
    if (!takesTurn(c.pending)) return Promise.resolve(false);
    c.pending++;
    const turn = c.queue.then(() => {
      if (typeof activity !== 'string') return bridge.deliver({ ...activity, serviceUrl: deps.serviceUrl() } as Partial<Activity>);
      const build = (): Partial<Activity> => ({ ...(JSON.parse(activity) as JsonObject), serviceUrl: deps.serviceUrl() }) as Partial<Activity>;
      const parsed = build();
      // A turn that must run again rebuilds the activity from its text, rather than every turn copying it up front.
      rememberArrival(parsed, build);
      return bridge.deliver(parsed);
    });
    c.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn
      .then(
        () => true,
        (err: unknown) => {
          // The adapter's own turn-error handler has logged the details; this is the line that
          // says the client got a 502 (CloudAdapter wraps the cause as "ERROR\n <stack>").
          const message = err instanceof Error ? err.message.split('\n').slice(0, 2).join(' ').trim() : String(err);
          logger.error({ err: { message: message.slice(0, 300) } }, 'local Direct Line: bot turn failed');
          throw err;
        },
      )
      .finally(() => {
        c.pending--;
      });
  };

  const authorized = (req: restify.Request, res: restify.Response): LocalConversation | undefined => {
    const access = store.access(String((req.params as Record<string, string | undefined>).conversationId ?? ''), bearerToken(req.headers.authorization));
    if (access.ok) return access.conversation;
    fail(res, accessRefusal(access.status));
    return undefined;
  };

  /** The conversation a token was issued for (start, refresh); otherwise answers 401/403 and gives undefined. */
  const tokenHolder = (req: restify.Request, res: restify.Response, hint: string): { conversation: LocalConversation; token: string } | undefined => {
    const token = bearerToken(req.headers.authorization);
    const access = store.conversationForToken(token);
    if (access.ok) return { conversation: access.conversation, token: token! };
    fail(res, accessRefusal(access.status, hint));
    return undefined;
  };

  const conversationInfo = (c: LocalConversation, token: string): JsonObject => info(c, token, store.idleMs);

  // Start (or resume) the conversation the token was issued for.
  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const holder = tokenHolder(req, res, 'Get a token from /api/directline/token first.');
    if (!holder) return;
    const { conversation: c, token } = holder;
    if (!c.started) {
      c.started = true;
      store.touch(c);
      try {
        await runTurn(c, startActivity(c, bot, req.body, new Date()));
      } catch {
        // The error is logged; the client can still talk to the bot.
      }
    }
    res.send(201, conversationInfo(c, token));
  });

  // Reconnect (Web Chat calls it to resume): the same conversation and token.
  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const c = authorized(req, res);
    if (c) res.send(200, conversationInfo(c, bearerToken(req.headers.authorization)!));
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const holder = tokenHolder(req, res, 'The token has expired.');
    if (!holder) return;
    // The local token lives as long as its conversation, so refreshing returns the same one.
    res.send(200, conversationInfo(holder.conversation, holder.token));
  });

  // Web Chat's sign-in card asks for a session id before opening the sign-in page (botframework-directlinejs
  // getSessionId: GET …/session/getsessionid with the token, reading `sessionId`). It only has to be
  // stable for the conversation and say nothing of the token: a keyed hash of the conversation's id.
  server.get(`${DIRECT_LINE_PATH}/session/getsessionid`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const holder = tokenHolder(req, res, 'Send the Direct Line token as "Authorization: Bearer <token>".');
    if (holder) res.send(200, { sessionId: createHmac('sha256', sessionKey).update(holder.conversation.id).digest('base64url') });
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const c = authorized(req, res);
    if (!c) return;
    const watermark = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? undefined;
    // The stored texts as they are: a poll parses nothing.
    res.header('Content-Type', 'application/json');
    res.sendRaw(200, store.readBody(c, watermark));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    // The body was read within DIRECT_LINE_LOCAL_MAX_BODY_BYTES and the nesting limits (http/server.ts).
    const c = authorized(req, res);
    if (!c) return;
    const checked = visitorPost(req.body, c.pending);
    if (!checked.ok) return fail(res, checked.refusal);
    const posted = store.post(c, clientActivity(c, bot, checked.activity, new Date()));
    // The parsed body is not needed any more: only the stored text is kept while the turn waits.
    req.body = undefined;
    (req as restify.Request & { rawBody?: string }).rawBody = undefined;
    if (!posted.ok) return fail(res, postRefusal(posted));
    const { id } = posted;
    try {
      await runTurn(c, posted.text);
    } catch {
      return fail(res, { kind: 'botFailed' });
    }
    res.send(200, { id });
  });

  // ---- the local connector: where the bot's ConnectorClient sends its replies ----

  const connector = `${LOCAL_CONNECTOR_PATH}/v3/conversations/:conversationId/activities`;

  const botConversation = (req: restify.Request, res: restify.Response): LocalConversation | undefined => {
    const isBot = keyMatches(req.headers.authorization, keyHash);
    // Only the bot's own call looks the conversation up.
    const c = isBot ? store.find(String((req.params as Record<string, string | undefined>).conversationId ?? '')) : undefined;
    const refusal = botCallRefusal({ isBot, conversationFound: c !== undefined, body: req.body });
    if (refusal) fail(res, refusal);
    return refusal ? undefined : c;
  };

  const fromBot = (c: LocalConversation, body: JsonObject): JsonObject => botActivity(c, bot, body, new Date());

  const send = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const c = botConversation(req, res);
    if (!c) return;
    const id = store.append(c, fromBot(c, req.body as JsonObject));
    if (id === undefined) return fail(res, { kind: 'replyTooLarge' });
    res.send(200, { id });
  };
  server.post(connector, send);
  server.post(`${connector}/:activityId`, send);

  server.put(`${connector}/:activityId`, async (req: restify.Request, res: restify.Response) => {
    const c = botConversation(req, res);
    if (!c) return;
    const activityId = String((req.params as Record<string, string | undefined>).activityId ?? '');
    const updated = store.update(c, activityId, fromBot(c, req.body as JsonObject));
    if (updated !== 'updated') return fail(res, updateRefusal(updated));
    res.send(200, { id: activityId });
  });
}
