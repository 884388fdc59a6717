/*
 * Test harness for the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`),
 * driven over its REST + WebSocket API the way its web client does, on the `msteams` channel.
 *
 *   const pg = await Playground.start({ botEndpoint: 'http://127.0.0.1:3978/api/messages' });
 *   try {
 *     const sent = await pg.sendText('hello');                 // personal chat by default
 *     const reply = await pg.waitForMessage({ since: sent.seq, text: /hello/ });
 *     await pg.submitCard({ choice: 'a' });                    // Action.Submit on the latest card
 *     pg.setConversationType('groupChat');
 *     await pg.mention('hi');                                  // "<at>Bot</at> hi" + mention entity
 *     const r = await pg.invoke('composeExtension/query', { commandId: 'search', parameters: [] });
 *   } finally {
 *     await pg.stop();
 *   }
 *
 * API
 *   static start(opts: PlaygroundOptions): Promise<Playground>
 *       Spawns the playground CLI (node, detached process group) on 127.0.0.1, waits for
 *       "Listening on <port>", checks /_debug/ping, opens the conversation WebSocket.
 *   stop(): Promise<void>                         idempotent; SIGTERM then SIGKILL to the process group.
 *       A process 'exit' hook kills whatever is still running, and the playground exits by
 *       itself when the test process is gone, so a failing or killed test leaves nothing behind.
 *   readonly url / port / bot / user / tenantId / conversations
 *   conversationType / setConversationType(type) 'personal' | 'groupChat' | 'channel'
 *       ('channel' is the team's second channel; conversations.general is the General channel,
 *       whose id is the team id, usable through opts.conversationId)
 *   locale / setLocale(locale | undefined)        locale the bot sees (see "Locale" below)
 *   conversationIdFor(type): string
 *   sendText(text, opts?: SendOptions): Promise<SentMessage>
 *   mention(text, opts?: MentionOptions): Promise<SentMessage>       bot mention by default
 *   submitCard(value, opts?: CardTargetOptions): Promise<SubmitResult>
 *   invoke(name, value, opts?: CardTargetOptions): Promise<InvokeResult>
 *   install(type?): Promise<BotExchange[]>        what the web client does when a chat is first opened
 *   sendCustomActivity(template?, patch?, opts?): Promise<BotExchange>
 *   mark(): number                                sequence number the next event will get
 *   events / messages / toBot / fromBot           logs (copies)
 *   waitFor(predicate, opts?: WaitOptions): Promise<PlaygroundEvent>
 *   waitForMessage(opts?: MessageWaitOptions): Promise<MessageEvent>
 *   waitForUpdate(targetId, opts?: WaitOptions): Promise<UpdateEvent>
 *   expectNone(predicate, opts?: { since?, forMs? }): Promise<void>
 *   describeEvents(since?): string                the text timeouts use
 *   logItems                                      entries of the playground's log panel (/_ws/log/stream)
 *   playgroundLog(): string                       the playground's own log file
 *
 * How it is wired
 *   bot  <-- POST activity --  harness relay  <--  playground (--app-endpoint = relay /bot)
 *   bot  -- connector calls -> harness relay  -->  playground /_connector (--service-url = relay)
 *   harness -- REST /_conversation, /_debug, /_internal --> playground
 *   harness <-- WebSocket /_ws_conversation/v1/conversations/stream -- playground
 *   The relay (an HTTP server inside the test process on 127.0.0.1) forwards both directions
 *   unchanged, except that it applies the locale override. It is what lets the harness return
 *   the bot's raw invoke responses, know when the bot finished a turn and see deletes, which
 *   the playground never pushes to its client.
 *
 * Facts about the playground (0.2.x) that shape this harness
 *   - Start: `node cli.js start --app-endpoint <url> --channel-id msteams --port <n>
 *     --service-url <url> --disable-telemetry` with TEAMSAPPTESTER_BROWSER=none (else it opens a
 *     browser), APPLICATION_INSIGHTS_NO_STATSBEAT=true (no Azure metadata probe),
 *     M365_AGENTS_PLAYGROUND_CONFIG_PATH (users/chats/team, written to a temp dir),
 *     M365_AGENTS_PLAYGROUND_LOGFILE (else ./devTools/ in the cwd). When stdout is not a TTY
 *     it prints only "Listening on <port>"; everything else goes to the log file. --port 0
 *     lets the OS choose; a busy --port silently falls back to a random one. It has no host
 *     option and listens on all interfaces, so the harness preloads a few lines that make its
 *     listen() bind 127.0.0.1 and make it exit if the test process disappears.
 *   - The user's messages go to POST /_conversation/v1/conversations/:id/messages
 *     ({ from, text, textFormat, mentions? }). The playground answers 200 and only then sends
 *     the activity to the bot (fire and forget). In a group chat or channel the bot receives
 *     the message only if the bot is mentioned (as in Teams); in a channel every top-level
 *     message starts a thread whose conversation id is "<channel id>;messageid=<message id>".
 *   - Action.Submit: POST /_conversation/v1/submit { conversation, from, replyToId, value };
 *     replyToId must be a message of that conversation and value an object.
 *   - Invokes: POST /_conversation/v1/invoke for adaptiveCard/action (needs replyToId),
 *     message/submitAction and composeExtension/{query,queryLink,anonymousQueryLink,fetchTask,
 *     submitAction}. It returns a projection of the bot's answer ({ type, value } or
 *     { task, composeExtension } or { status }); other invoke names are refused, so the harness
 *     sends those as custom activities (POST /_internal/v1/customActivities, a template from
 *     GET /_internal/v1/customActivities/template) and reads the answer off the relay.
 *   - Install: POST /_debug/conversation/:id/installation sends installationUpdate (add) and
 *     conversationUpdate (membersAdded: user and bot in personal chat, the bot elsewhere) at
 *     the same time, so their order at the bot is not fixed.
 *   - WebSocket frames: { action: 'createMessage' | 'updateMessage' | 'typing',
 *     actionConversationId, message? }. Only the bot's messages are pushed (the user's own are
 *     not echoed). Frames are buffered while no client is connected. updateActivity arrives as
 *     'updateMessage' with the same messageId. deleteActivity is not implemented: the bot gets
 *     HTTP 501 DeleteActivityAPINotImplemented and nothing reaches the client; the harness
 *     logs it as a 'delete' event from the relay.
 *   - Locale: every activity the playground makes says locale "en-US" with a clientInfo entity
 *     { locale: 'en-US', country: 'US' }; there is no option for it. With `locale` set, the relay
 *     rewrites activity.locale and the clientInfo entity (locale, country) on the way to the bot.
 *     The clientInfo timezone and localTimezone come from the playground process' TZ, which
 *     `timezone` sets.
 *   - Message ids are millisecond timestamps; ids of users, chats and the team come from the
 *     config this harness writes (Teams-like, see DEFAULT_IDS).
 */
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import WebSocket from 'ws';

// ---------------------------------------------------------------------------------------------
// Public types

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** Invoke names the playground's own invoke API accepts (others go as custom activities). */
export const PLAYGROUND_INVOKE_NAMES = [
  'adaptiveCard/action',
  'message/submitAction',
  'composeExtension/query',
  'composeExtension/queryLink',
  'composeExtension/anonymousQueryLink',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
] as const;

/** Templates of GET /_internal/v1/customActivities/template. */
export type CustomActivityTemplate =
  | 'install'
  | 'uninstall'
  | 'botAdded'
  | 'userAdded'
  | 'botRemoved'
  | 'userRemoved'
  | 'channelCreated'
  | 'channelRenamed'
  | 'channelDeleted'
  | 'teamRenamed'
  | 'teamDeleted';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Port for the playground; default: one the OS picks. Fails if the port is taken. */
  port?: number;
  /** Locale the bot sees (activity.locale and clientInfo); default: the playground's en-US. */
  locale?: string;
  /** IANA time zone of the simulated client (clientInfo.timezone, localTimezone); default UTC. */
  timezone?: string;
  /** Conversation used when a call names none; default 'personal'. */
  conversationType?: ConversationType;
  /** Bot account in the conversations (the bot does not need to know it). */
  bot?: { id?: string; name?: string };
  /** Default timeout of waits and of bot turns, in ms; default 10000. */
  defaultTimeoutMs?: number;
  /** How long start() may take, in ms; default 30000. */
  startTimeoutMs?: number;
  /** Path of the playground's cli.js; default: resolved from node_modules. */
  cliPath?: string;
  /** Receives each line the playground writes to stdout/stderr. */
  onOutput?: (line: string) => void;
}

export interface Attachment {
  contentType: string;
  content?: JsonValue;
}

interface EventBase {
  /** Position in the event log (0-based); compare with mark() and SentMessage.seq. */
  seq: number;
  /** Date.now() when the harness received it. */
  at: number;
  /** Conversation the message lives in (a channel thread's id includes ";messageid="). */
  conversationId: string;
}

/** A message the bot sent, as the playground pushed it to its client. */
export interface MessageEvent extends EventBase {
  kind: 'message';
  messageId: string;
  fromId: string;
  text?: string;
  textFormat?: string;
  attachments: Attachment[];
  /** The adaptive card contents among the attachments. */
  cards: JsonObject[];
  mentions: JsonValue[];
  suggestedActions?: JsonValue;
  /** The activity the bot posted to the connector, once the relay has matched it (201 { id }). */
  activity?: JsonObject;
  /** The WebSocket frame as received. */
  frame: JsonObject;
}

/** A message the bot replaced (updateActivity). */
export interface UpdateEvent extends EventBase {
  kind: 'update';
  /** Id of the message that was replaced. */
  targetId: string;
  text?: string;
  textFormat?: string;
  attachments: Attachment[];
  cards: JsonObject[];
  mentions: JsonValue[];
  activity?: JsonObject;
  frame: JsonObject;
}

export interface TypingEvent extends EventBase {
  kind: 'typing';
  frame: JsonObject;
}

/** The bot called deleteActivity (seen by the relay; the playground answers 501 and shows nothing). */
export interface DeleteEvent extends EventBase {
  kind: 'delete';
  targetId: string;
  /** HTTP status the playground returned to the bot. */
  status: number;
  response?: JsonValue;
}

export type PlaygroundEvent = MessageEvent | UpdateEvent | TypingEvent | DeleteEvent;

/** One activity the playground delivered to the bot, with the bot's HTTP answer. */
export interface BotExchange {
  index: number;
  at: number;
  activity: JsonObject;
  /** Undefined while the bot is still working on it. */
  status?: number;
  body?: JsonValue;
  /** Set when the relay could not reach the bot. */
  error?: string;
}

/** One call the bot made to the (playground's) Bot Connector service. */
export interface ConnectorCall {
  at: number;
  method: string;
  /** Path under the service URL, decoded, e.g. /v3/conversations/<id>/activities/<id>. */
  path: string;
  conversationId?: string;
  activityId?: string;
  body?: JsonValue;
  status: number;
  response?: JsonValue;
}

export interface SendOptions {
  /** Target conversation; default: the current conversation type's. Use a thread's id to reply in it. */
  conversationId?: string;
  textFormat?: 'plain' | 'markdown' | 'xml';
  /** Mentions to attach; each `text` ("<at>Name</at>") should occur in the message text. */
  mentions?: Array<{ id: string; name?: string; text: string }>;
  /** Wait until the bot has answered the HTTP request of this turn; default true when it gets one. */
  waitForTurn?: boolean;
  timeoutMs?: number;
}

export interface MentionOptions extends Omit<SendOptions, 'mentions'> {
  /** Who to mention; default the bot. */
  who?: Array<{ id: string; name: string }>;
}

export interface SentMessage {
  messageId: string;
  /** Conversation the message went to; for a new channel post, the thread's id. */
  conversationId: string;
  /** mark() taken before sending: pass as `since` to wait for replies. */
  seq: number;
  timestamp: number;
  /** The bot's turn, when the playground forwarded the message and waitForTurn was on. */
  turn?: BotExchange;
}

export interface CardTargetOptions {
  /** Message the card is in; default: the newest bot message with an adaptive card in the current conversation. */
  replyToId?: string;
  /** Who clicks (adaptiveCard/action only): a user of the playground's config (otherUsers); default the signed-in user. */
  fromId?: string;
  /** Its conversation; default: where that message is. */
  conversationId?: string;
  timeoutMs?: number;
}

export interface SubmitResult {
  seq: number;
  replyToId: string;
  conversationId: string;
  turn: BotExchange;
}

export interface InvokeResult {
  /** HTTP status of the bot's answer. */
  status: number;
  /** Body of the bot's answer (the invoke response). */
  body?: JsonValue;
  /** What the playground returned to its client (undefined for custom-activity invokes). */
  playgroundResponse?: JsonValue;
  activity: JsonObject;
  seq: number;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only events with seq >= since count; default 0. */
  since?: number;
  /** Used in the timeout message. */
  description?: string;
}

export interface MessageWaitOptions extends WaitOptions {
  text?: string | RegExp;
  conversationId?: string;
  /** Only messages carrying at least one adaptive card. */
  withCard?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Defaults

export const DEFAULT_IDS = {
  tenantId: '00000000-0000-0000-0000-0000000000a1',
  botId: '28:00000000-0000-0000-0000-0000000000b0',
  botName: 'Test Bot',
  user: { id: '29:user-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-000000000020' },
  personal: 'a:personal-chat-0',
  groupChat: '19:group-chat-0@thread.v2',
  team: '19:team-general-0@thread.tacv2',
  channel: '19:channel-0@thread.tacv2',
} as const;

const OTHER_USERS = [
  ['29:user-1', 'Megan Bowen'],
  ['29:user-2', 'Adele Vance'],
  ['29:user-3', 'Isaiah Langer'],
  ['29:user-4', 'Patti Fernandez'],
  ['29:user-5', 'Lynne Robbins'],
] as const;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

// ---------------------------------------------------------------------------------------------
// Small JSON helpers

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): JsonValue | undefined {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

function str(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function merge(target: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isJsonObject(current) && isJsonObject(value) ? merge(current, value) : value;
  }
  return out;
}

function clip(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function toAttachments(value: JsonValue | undefined): Attachment[] {
  if (!Array.isArray(value)) return [];
  const out: Attachment[] = [];
  for (const item of value) {
    if (isJsonObject(item) && typeof item.contentType === 'string') {
      out.push(item.content === undefined ? { contentType: item.contentType } : { contentType: item.contentType, content: item.content });
    }
  }
  return out;
}

function cardsOf(attachments: Attachment[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const a of attachments) {
    if (a.contentType.toLowerCase() === ADAPTIVE_CARD && isJsonObject(a.content)) out.push(a.content);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers (node:http, no keep-alive so nothing lingers after stop())

interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function httpRequest(url: string, method: string, body: Buffer | undefined, headers: http.OutgoingHttpHeaders, timeoutMs: number): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(
      u,
      { method, headers: { ...headers, ...(body ? { 'content-length': body.length } : {}) }, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// The conversation and log streams over `ws` (Node 20 has no global WebSocket): text frames in,
// one callback when the stream ends, whoever ends it.

class StreamSocket {
  private closed = false;

  private constructor(
    private readonly socket: WebSocket,
    /** The TCP socket under it, from the upgrade response. */
    private readonly tcp: net.Socket | undefined,
    private readonly onClose: (why: string) => void,
  ) {
    socket.on('close', (code) => this.finish(code === 1000 ? 'closed by server' : `socket closed (${code})`));
    socket.on('error', (e) => this.finish(`socket error: ${e.message}`));
  }

  static connect(url: string, onText: (text: string) => void, onClose: (why: string) => void, timeoutMs: number): Promise<StreamSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url.replace(/^http/, 'ws'), { handshakeTimeout: timeoutMs, perMessageDeflate: false });
      socket.on('message', (data, isBinary) => {
        if (!isBinary) onText(data.toString());
      });
      let tcp: net.Socket | undefined;
      socket.once('upgrade', (res) => {
        tcp = res.socket;
      });
      socket.once('open', () => {
        socket.removeListener('error', reject);
        resolve(new StreamSocket(socket, tcp, onClose));
      });
      socket.once('unexpected-response', (_req, res) => {
        res.resume();
        reject(new Error(`WebSocket handshake with ${url} failed: HTTP ${res.statusCode}`));
      });
      socket.once('error', reject);
    });
  }

  /** Lets the process exit even if the socket is still open. */
  unref(): void {
    this.tcp?.unref();
  }

  close(): void {
    if (this.closed) return;
    this.finish('closed by harness');
    this.socket.close(1000);
    setTimeout(() => this.socket.terminate(), 200).unref();
  }

  private finish(why: string): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(why);
  }
}

// ---------------------------------------------------------------------------------------------
// Child process bookkeeping: nothing may outlive the test process.

/** Running playgrounds and their temp dirs, for the exit hook. */
const live = new Map<ChildProcess, string>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [child, dir] of live) {
      killGroup(child, 'SIGKILL');
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // best effort
      }
    }
  });
}

/** Preloaded into a playground (`node --require`): it binds to 127.0.0.1 when it asks for all interfaces. */
export const LOOPBACK_PRELOAD = `'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && args[0].host === undefined && args[0].path === undefined) args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};
`;

/**
 * Preloaded into the harness's playground: loopback only, and it exits (removing its temp dir)
 * when the process that started it is gone, even after a SIGKILL of the test runner.
 */
const PRELOAD = `${LOOPBACK_PRELOAD}const parent = Number(process.env.PLAYGROUND_HARNESS_PARENT_PID);
if (parent > 0) {
  setInterval(() => {
    let alive = process.ppid === parent;
    if (alive) { try { process.kill(parent, 0); } catch { alive = false; } }
    if (!alive) {
      try { require('fs').rmSync(__dirname, { recursive: true, force: true }); } catch {}
      process.exit(0);
    }
  }, 500).unref();
}
`;

function resolveCliPath(): string {
  const pkg = require.resolve('@microsoft/m365agentsplayground/package.json');
  return path.join(path.dirname(pkg), 'cli.js');
}

/** The playground's config file: one user plus five others, a personal chat, a group chat, a team with one extra channel. */
export function configYaml(bot: { id: string; name: string }): string {
  const user = (id: string, name: string, aad: string): string => {
    const [given, ...rest] = name.split(' ');
    const mail = `${given.toLowerCase()}@example.com`;
    return [
      `id: ${yamlString(id)}`,
      `name: ${yamlString(name)}`,
      `userPrincipleName: ${yamlString(mail)}`,
      `aadObjectId: ${yamlString(aad)}`,
      `givenName: ${yamlString(given)}`,
      `surname: ${yamlString(rest.join(' ') || given)}`,
      `email: ${yamlString(mail)}`,
    ].join('\n');
  };
  const indent = (text: string, first: string, others: string): string =>
    text
      .split('\n')
      .map((l, i) => (i === 0 ? first : others) + l)
      .join('\n');
  return [
    'version: "0.1.1"',
    `tenantId: ${yamlString(DEFAULT_IDS.tenantId)}`,
    'bot:',
    `  id: ${yamlString(bot.id)}`,
    `  name: ${yamlString(bot.name)}`,
    'currentUser:',
    indent(user(DEFAULT_IDS.user.id, DEFAULT_IDS.user.name, DEFAULT_IDS.user.aadObjectId), '  ', '  '),
    'users:',
    ...OTHER_USERS.map(([id, name], i) => indent(user(id, name, `00000000-0000-0000-0000-00000000002${i + 1}`), '  - ', '    ')),
    'personalChat:',
    `  id: ${yamlString(DEFAULT_IDS.personal)}`,
    'groupChat:',
    `  id: ${yamlString(DEFAULT_IDS.groupChat)}`,
    '  name: "Group Chat"',
    'team:',
    `  id: ${yamlString(DEFAULT_IDS.team)}`,
    '  name: "My Team"',
    '  aadGroupId: "00000000-0000-0000-0000-000000000031"',
    '  channels:',
    `    - id: ${yamlString(DEFAULT_IDS.channel)}`,
    '      name: "Announcements"',
    '',
  ].join('\n');
}

/** Environment of the playground: an allow-list, so nothing from the caller (NODE_OPTIONS, proxies, AUTH_*, BOT_ENDPOINT...) leaks in. */
function childEnv(dir: string, timezone: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'SYSTEMROOT', 'USERPROFILE', 'LANG']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    CI: 'true',
    TZ: timezone,
    NO_COLOR: '1',
    TEAMSAPPTESTER_BROWSER: 'none',
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(dir, '.m365agentsplayground.yml'),
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log'),
    M365_AGENTS_PLAYGROUND_RECORDING_FILE: path.join(dir, 'recording.log'),
    PLAYGROUND_HARNESS_PARENT_PID: String(process.pid),
  };
}

// ---------------------------------------------------------------------------------------------

type Waiter = () => void;

export class Playground {
  readonly bot: Readonly<{ id: string; name: string }>;
  readonly user: Readonly<{ id: string; name: string; aadObjectId: string }> = { ...DEFAULT_IDS.user };
  readonly tenantId: string = DEFAULT_IDS.tenantId;
  /** The other members of the playground's chats (ids and names), e.g. a second user who clicks a card. */
  readonly otherUsers: ReadonlyArray<Readonly<{ id: string; name: string }>> = OTHER_USERS.map(([id, name]) => ({ id, name }));
  /** Conversation ids: personal chat, group chat, the team's extra channel and its General channel (= team id). */
  readonly conversations: Readonly<Record<ConversationType | 'general', string>> = {
    personal: DEFAULT_IDS.personal,
    groupChat: DEFAULT_IDS.groupChat,
    channel: DEFAULT_IDS.channel,
    general: DEFAULT_IDS.team,
  };

  private readonly eventLog: PlaygroundEvent[] = [];
  private readonly exchanges: BotExchange[] = [];
  private readonly connectorCalls: ConnectorCall[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly output: string[] = [];
  private readonly pendingActivities = new Map<string, JsonObject>();
  private currentType: ConversationType;
  private currentLocale: string | undefined;
  private ws: StreamSocket | undefined;
  private logWs: StreamSocket | undefined;
  private readonly logEntries: JsonObject[] = [];
  private wsClosedWhy: string | undefined;
  private stopped = false;
  private childExit: string | undefined;
  private playgroundPort = 0;

  private constructor(
    private readonly opts: PlaygroundOptions,
    private readonly dir: string,
    private readonly relay: http.Server,
    private readonly relayPort: number,
    private child: ChildProcess | undefined,
  ) {
    this.bot = { id: opts.bot?.id ?? DEFAULT_IDS.botId, name: opts.bot?.name ?? DEFAULT_IDS.botName };
    this.currentType = opts.conversationType ?? 'personal';
    this.currentLocale = opts.locale;
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  static async start(opts: PlaygroundOptions): Promise<Playground> {
    installExitHook();
    const startTimeout = opts.startTimeoutMs ?? 30000;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-playground-'));
    const bot = { id: opts.bot?.id ?? DEFAULT_IDS.botId, name: opts.bot?.name ?? DEFAULT_IDS.botName };
    fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), configYaml(bot));
    fs.writeFileSync(path.join(dir, 'preload.cjs'), PRELOAD);

    const relay = http.createServer((req, res) => {
      if (pg) pg.handleRelay(req, res);
      else res.writeHead(503).end();
    });
    await new Promise<void>((resolve, reject) => {
      relay.once('error', reject);
      relay.listen(0, '127.0.0.1', () => resolve());
    });
    relay.unref();
    const relayPort = (relay.address() as net.AddressInfo).port;
    const pg = new Playground(opts, dir, relay, relayPort, undefined);
    try {
      await pg.launch(startTimeout);
      return pg;
    } catch (e) {
      await pg.stop();
      throw e;
    }
  }

  private async launch(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const cli = this.opts.cliPath ?? resolveCliPath();
    const args = [
      '--require',
      path.join(this.dir, 'preload.cjs'),
      cli,
      'start',
      '--app-endpoint',
      `http://127.0.0.1:${this.relayPort}/bot`,
      '--channel-id',
      'msteams',
      '--port',
      String(this.opts.port ?? 0),
      '--service-url',
      `http://127.0.0.1:${this.relayPort}/_connector`,
      '--disable-telemetry',
    ];
    const child = spawn(process.execPath, args, {
      cwd: this.dir,
      env: childEnv(this.dir, this.opts.timezone ?? 'UTC'),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    live.set(child, this.dir);
    child.unref();
    child.once('exit', (code, signal) => {
      live.delete(child);
      this.childExit = `code ${code}, signal ${signal}`;
      this.notify();
    });

    const port = await new Promise<number>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => done(new Error(`playground did not report "Listening on <port>" within ${timeoutMs} ms`)), timeoutMs);
      const done = (err: Error | undefined, value?: number): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(new Error(`${err.message}\n${this.outputTail()}`));
        else resolve(value ?? 0);
      };
      const onLine = (line: string): void => {
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        this.opts.onOutput?.(line);
        const m = /^Listening on (\d+)\s*$/.exec(line);
        if (m) done(undefined, Number(m[1]));
      };
      for (const stream of [child.stdout, child.stderr]) {
        if (!stream) continue;
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          partial += chunk;
          const lines = partial.split(/\r?\n/);
          partial = lines.pop() ?? '';
          for (const line of lines) onLine(line);
        });
        if (stream instanceof net.Socket) stream.unref();
      }
      child.once('error', (e) => done(e));
      child.once('exit', (code, signal) => done(new Error(`playground exited early (code ${code}, signal ${signal})`)));
    });
    if (this.opts.port !== undefined && this.opts.port !== 0 && port !== this.opts.port) {
      throw new Error(`port ${this.opts.port} is in use (the playground moved to ${port})`);
    }
    this.playgroundPort = port;

    for (;;) {
      try {
        const r = await httpRequest(`${this.url}/_debug/ping`, 'GET', undefined, {}, 2000);
        if (r.status === 200) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`playground on port ${port} never answered /_debug/ping\n${this.outputTail()}`);
      await new Promise((r) => setTimeout(r, 50));
    }

    this.ws = await StreamSocket.connect(
      `http://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`,
      (text) => this.onFrame(text),
      (why) => {
        this.wsClosedWhy = why;
        this.notify();
      },
      Math.max(1000, deadline - Date.now()),
    );
    this.ws.unref();
    // The log stream is what the web UI's log panel shows; reading it also stops the playground
    // from buffering every entry for a client that never comes.
    this.logWs = await StreamSocket.connect(
      `http://127.0.0.1:${port}/_ws/log/stream`,
      (text) => {
        const frame = parseJson(text);
        if (isJsonObject(frame) && isJsonObject(frame.log)) this.logEntries.push(frame.log);
      },
      () => undefined,
      Math.max(1000, deadline - Date.now()),
    );
    this.logWs.unref();
  }

  /** Stops the playground (whole process group) and the relay; safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.ws?.close();
    this.logWs?.close();
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const hard = setTimeout(() => killGroup(child, 'SIGKILL'), 2000);
        const giveUp = setTimeout(done, 5000);
        function done(): void {
          clearTimeout(hard);
          clearTimeout(giveUp);
          resolve();
        }
        child.once('exit', done);
        killGroup(child, 'SIGTERM');
      });
    }
    if (child) live.delete(child);
    await new Promise<void>((resolve) => {
      this.relay.close(() => resolve());
      this.relay.closeAllConnections();
    });
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.notify();
  }

  /** Base URL of the playground (also serves its web UI). */
  get url(): string {
    return `http://127.0.0.1:${this.playgroundPort}`;
  }

  get port(): number {
    return this.playgroundPort;
  }

  /** Process id of the playground (leader of its own process group). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  // -------------------------------------------------------------------------------------------
  // Conversation and locale

  get conversationType(): ConversationType {
    return this.currentType;
  }

  setConversationType(type: ConversationType): void {
    this.currentType = type;
  }

  conversationIdFor(type: ConversationType): string {
    return this.conversations[type];
  }

  get locale(): string | undefined {
    return this.currentLocale;
  }

  /** Locale for the activities from now on; undefined = the playground's own (en-US). */
  setLocale(locale: string | undefined): void {
    this.currentLocale = locale;
  }

  // -------------------------------------------------------------------------------------------
  // What the user does

  /** Sends a message as the current user. In a group chat or channel the bot only gets it if mentioned. */
  async sendText(text: string, opts: SendOptions = {}): Promise<SentMessage> {
    const conversationId = opts.conversationId ?? this.conversationIdFor(this.currentType);
    const seq = this.mark();
    const exchangeStart = this.exchanges.length;
    const body: JsonObject = { from: { id: this.user.id }, text, textFormat: opts.textFormat ?? 'plain' };
    if (opts.mentions && opts.mentions.length > 0) {
      body.mentions = opts.mentions.map((m): JsonObject => ({ mentioned: m.name === undefined ? { id: m.id } : { id: m.id, name: m.name }, text: m.text }));
    }
    const res = await this.rest('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
    if (!isJsonObject(res)) throw new Error(`unexpected answer to a message: ${JSON.stringify(res)}`);
    const sent: SentMessage = {
      messageId: String(res.messageId),
      conversationId: str(res.postConversationId) ?? conversationId,
      seq,
      timestamp: typeof res.timestamp === 'number' ? res.timestamp : Date.now(),
    };
    const forwarded = this.isPersonal(conversationId) || (opts.mentions ?? []).some((m) => m.id === this.bot.id);
    if (forwarded && opts.waitForTurn !== false) {
      sent.turn = await this.waitForExchange(
        (x) => x.activity.type === 'message' && x.activity.text === text && x.activity.value === undefined,
        exchangeStart,
        opts.timeoutMs,
        `the bot's turn for message ${JSON.stringify(clip(text, 60))}`,
      );
    }
    return sent;
  }

  /** Sends "<at>Name</at> text" with a mention entity; mentions the bot unless `who` says otherwise. */
  async mention(text: string, opts: MentionOptions = {}): Promise<SentMessage> {
    const who = opts.who ?? [{ id: this.bot.id, name: this.bot.name }];
    const tags = who.map((w) => `<at>${w.name}</at>`);
    const { who: _ignored, ...rest } = opts;
    void _ignored;
    return this.sendText(`${tags.join(' ')} ${text}`.trim(), {
      ...rest,
      mentions: who.map((w, i) => ({ id: w.id, name: w.name, text: tags[i] })),
    });
  }

  /** Clicks an Action.Submit: a message activity with `value` and replyToId = the card's message. */
  async submitCard(value: JsonObject, opts: CardTargetOptions = {}): Promise<SubmitResult> {
    const target = this.cardTarget(opts);
    const seq = this.mark();
    const exchangeStart = this.exchanges.length;
    await this.rest('POST', '/_conversation/v1/submit', {
      conversation: { id: target.conversationId },
      from: { id: this.user.id },
      replyToId: target.replyToId,
      value,
    });
    const turn = await this.waitForExchange(
      (x) => x.activity.type === 'message' && x.activity.replyToId === target.replyToId && x.activity.value !== undefined,
      exchangeStart,
      opts.timeoutMs,
      `the bot's turn for the submit on ${target.replyToId}`,
    );
    return { seq, replyToId: target.replyToId, conversationId: target.conversationId, turn };
  }

  /**
   * Sends an invoke activity and returns the bot's invoke response. `adaptiveCard/action`
   * targets a card message (replyToId, default the newest card). Names the playground does not
   * support go as custom activities in the current conversation.
   */
  async invoke(name: string, value: JsonValue, opts: CardTargetOptions = {}): Promise<InvokeResult> {
    const seq = this.mark();
    const exchangeStart = this.exchanges.length;
    const supported = (PLAYGROUND_INVOKE_NAMES as readonly string[]).includes(name);
    if (!supported) {
      const conversationId = opts.conversationId ?? this.conversationIdFor(this.currentType);
      const x = await this.sendCustomActivity(
        undefined,
        {
          type: 'invoke',
          name,
          value,
          ...(opts.replyToId ? { replyToId: opts.replyToId } : {}),
          locale: 'en-US',
          entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: this.opts.timezone ?? 'UTC' }],
          channelData: this.channelDataFor(conversationId),
        },
        { conversationId, timeoutMs: opts.timeoutMs },
      );
      return { status: x.status ?? 0, body: x.body, activity: x.activity, seq };
    }
    const payload: JsonObject = { name, value, from: { id: opts.fromId ?? this.user.id } };
    if (name === 'adaptiveCard/action') {
      const target = this.cardTarget(opts);
      payload.conversation = { id: target.conversationId };
      payload.replyToId = target.replyToId;
    } else {
      payload.conversation = { id: opts.conversationId ?? this.conversationIdFor(this.currentType) };
    }
    let playgroundResponse: JsonValue | undefined;
    try {
      playgroundResponse = await this.rest('POST', '/_conversation/v1/invoke', payload);
    } catch (e) {
      const x = this.exchanges.slice(exchangeStart).find((ex) => ex.activity.name === name);
      const bot = !x
        ? ''
        : x.error
          ? ` (the relay could not reach the bot: ${x.error})`
          : ` (bot answered ${x.status}: ${clip(JSON.stringify(x.body ?? null), 300)})`;
      throw new Error(`${(e as Error).message}${bot}`);
    }
    const x = await this.waitForExchange(
      (ex) => ex.activity.type === 'invoke' && ex.activity.name === name,
      exchangeStart,
      opts.timeoutMs,
      `the bot's answer to invoke ${name}`,
    );
    return { status: x.status ?? 0, body: x.body, playgroundResponse, activity: x.activity, seq };
  }

  /**
   * Installs the app in a conversation as the web client does when a chat is first opened:
   * installationUpdate (add) and conversationUpdate (membersAdded), in no fixed order.
   * Resolves when the bot has answered both.
   */
  async install(type: ConversationType = this.currentType, timeoutMs?: number): Promise<BotExchange[]> {
    const conversationId = this.conversationIdFor(type);
    const exchangeStart = this.exchanges.length;
    await this.rest('POST', `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
    const a = await this.waitForExchange((x) => x.activity.type === 'installationUpdate', exchangeStart, timeoutMs, 'installationUpdate');
    const b = await this.waitForExchange((x) => x.activity.type === 'conversationUpdate', exchangeStart, timeoutMs, 'conversationUpdate (membersAdded)');
    return a.index < b.index ? [a, b] : [b, a];
  }

  /**
   * Sends a custom activity (the playground's "custom activity" feature): its template for
   * `template` (or a bare activity from the current user), deep-merged with `patch`.
   * Resolves with the bot's answer.
   */
  async sendCustomActivity(
    template?: CustomActivityTemplate,
    patch: JsonObject = {},
    opts: { conversationId?: string; timeoutMs?: number } = {},
  ): Promise<BotExchange> {
    const conversationId = opts.conversationId ?? this.conversationIdFor(this.currentType);
    const query = `conversationId=${encodeURIComponent(conversationId)}${template ? `&type=${encodeURIComponent(template)}` : ''}`;
    const base = await this.rest('GET', `/_internal/v1/customActivities/template?${query}`);
    if (!isJsonObject(base)) throw new Error(`unexpected custom activity template: ${JSON.stringify(base)}`);
    const activity = merge(base, patch);
    const id = str(activity.id) ?? `custom-${randomBytes(6).toString('hex')}`;
    activity.id = id;
    const exchangeStart = this.exchanges.length;
    await this.rest('POST', '/_internal/v1/customActivities', activity);
    return this.waitForExchange((x) => x.activity.id === id, exchangeStart, opts.timeoutMs, `the bot's answer to custom activity ${id}`);
  }

  // -------------------------------------------------------------------------------------------
  // What the user sees

  /** The seq the next event will get; pass it as `since` to ignore what came before. */
  mark(): number {
    return this.eventLog.length;
  }

  get events(): PlaygroundEvent[] {
    return [...this.eventLog];
  }

  get messages(): MessageEvent[] {
    return this.eventLog.filter((e): e is MessageEvent => e.kind === 'message');
  }

  /** Every activity delivered to the bot, with its HTTP answer. */
  get toBot(): BotExchange[] {
    return [...this.exchanges];
  }

  /** Every Bot Connector call the bot made. */
  get fromBot(): ConnectorCall[] {
    return [...this.connectorCalls];
  }

  /** Resolves with the first event (seq >= since) matching; on timeout throws listing what was received. */
  waitFor<T extends PlaygroundEvent>(predicate: (e: PlaygroundEvent) => e is T, opts?: WaitOptions): Promise<T>;
  waitFor(predicate: (e: PlaygroundEvent) => boolean, opts?: WaitOptions): Promise<PlaygroundEvent>;
  waitFor(predicate: (e: PlaygroundEvent) => boolean, opts: WaitOptions = {}): Promise<PlaygroundEvent> {
    const since = opts.since ?? 0;
    const timeoutMs = opts.timeoutMs ?? this.defaultTimeout;
    const description = opts.description ?? 'a matching event';
    let scanned = since;
    return this.waitUntil(
      () => {
        for (; scanned < this.eventLog.length; scanned++) {
          const e = this.eventLog[scanned];
          if (predicate(e)) return { found: e };
        }
        return undefined;
      },
      timeoutMs,
      () => `playground stopped while waiting for ${description}\n${this.describeEvents(since)}`,
      () => `Timed out after ${timeoutMs} ms waiting for ${description}.\n${this.describeEvents(since)}`,
    );
  }

  /**
   * Resolves with what `probe` finds, asking again whenever something arrives; rejects when the
   * playground stops first or after `timeoutMs`.
   */
  private waitUntil<T>(probe: () => { found: T } | undefined, timeoutMs: number, stoppedMessage: () => string, timeoutMessage: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const hit = probe();
        if (hit) {
          finish();
          resolve(hit.found);
        } else if (this.stopped) {
          finish();
          reject(new Error(stoppedMessage()));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(timeoutMessage()));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits for a bot message; `text` is an exact string or a RegExp. */
  waitForMessage(opts: MessageWaitOptions = {}): Promise<MessageEvent> {
    const parts = ['a bot message'];
    if (opts.text !== undefined) parts.push(`with text ${opts.text instanceof RegExp ? String(opts.text) : JSON.stringify(opts.text)}`);
    if (opts.withCard) parts.push('with an adaptive card');
    if (opts.conversationId) parts.push(`in ${opts.conversationId}`);
    return this.waitFor(
      (e): e is MessageEvent => {
        if (e.kind !== 'message') return false;
        if (opts.conversationId !== undefined && e.conversationId !== opts.conversationId) return false;
        if (opts.withCard && e.cards.length === 0) return false;
        if (opts.text === undefined) return true;
        const text = e.text ?? '';
        return opts.text instanceof RegExp ? opts.text.test(text) : text === opts.text;
      },
      { ...opts, description: opts.description ?? parts.join(' ') },
    );
  }

  waitForUpdate(targetId: string, opts: WaitOptions = {}): Promise<UpdateEvent> {
    return this.waitFor((e): e is UpdateEvent => e.kind === 'update' && e.targetId === targetId, {
      ...opts,
      description: opts.description ?? `an update of message ${targetId}`,
    });
  }

  /** Waits `forMs` and throws if an event (seq >= since) matching the predicate arrived. */
  async expectNone(predicate: (e: PlaygroundEvent) => boolean, opts: { since?: number; forMs?: number; description?: string } = {}): Promise<void> {
    const since = opts.since ?? 0;
    await new Promise((r) => setTimeout(r, opts.forMs ?? 1000));
    const hit = this.eventLog.slice(since).find(predicate);
    if (hit) throw new Error(`Expected no ${opts.description ?? 'matching event'}, but got #${hit.seq}.\n${this.describeEvents(since)}`);
  }

  /** Human-readable list of the events (seq >= since) and of the bot deliveries, for error messages. */
  describeEvents(since = 0): string {
    const lines: string[] = [];
    const events = this.eventLog.slice(since);
    lines.push(events.length === 0 ? `No events received since #${since}.` : `Received ${events.length} event(s) since #${since}:`);
    for (const e of events) lines.push('  ' + describeEvent(e));
    const recent = this.exchanges.slice(-5);
    if (recent.length > 0) {
      lines.push('Latest activities delivered to the bot:');
      for (const x of recent) {
        const what = [
          str(x.activity.type),
          str(x.activity.name),
          x.activity.text !== undefined ? JSON.stringify(clip(String(x.activity.text), 60)) : undefined,
          x.activity.value !== undefined ? `value=${clip(JSON.stringify(x.activity.value), 60)}` : undefined,
        ]
          .filter(Boolean)
          .join(' ');
        lines.push(
          `  [${x.index}] ${what} -> ${x.error ? `error ${x.error}` : x.status === undefined ? 'pending' : `${x.status} ${clip(JSON.stringify(x.body ?? null), 100)}`}`,
        );
      }
    }
    const failed = this.connectorCalls.filter((c) => c.status >= 400).slice(-5);
    for (const c of failed) lines.push(`  bot -> connector ${c.method} ${c.path} failed ${c.status}: ${clip(JSON.stringify(c.response ?? null), 160)}`);
    if (this.wsClosedWhy && !this.stopped) lines.push(`WebSocket closed: ${this.wsClosedWhy}`);
    if (this.childExit && !this.stopped) lines.push(`The playground process exited (${this.childExit}).`);
    return lines.join('\n');
  }

  /**
   * Entries of the playground's log panel (stream /_ws/log/stream): { type: 'bot', from, to,
   * request, response, ... } per HTTP exchange and { type: 'text', level?, displayText } notices,
   * e.g. that deleteActivity is not implemented.
   */
  get logItems(): JsonObject[] {
    return [...this.logEntries];
  }

  /** The playground's own log file (its console output). */
  playgroundLog(): string {
    try {
      return fs.readFileSync(path.join(this.dir, 'playground.log'), 'utf8');
    } catch {
      return '';
    }
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  private get defaultTimeout(): number {
    return this.opts.defaultTimeoutMs ?? 10000;
  }

  private outputTail(): string {
    const log = this.playgroundLog().split('\n').slice(-20).join('\n');
    return `playground output:\n${this.output.slice(-20).join('\n')}\nplayground log:\n${log}`;
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private isPersonal(conversationId: string): boolean {
    return conversationId === this.conversations.personal;
  }

  private channelDataFor(conversationId: string): JsonObject {
    const top = conversationId.split(';')[0];
    const data: JsonObject = { tenant: { id: this.tenantId } };
    if (top === this.conversations.channel || top === this.conversations.general) {
      data.team = { id: this.conversations.general };
      data.channel = { id: top };
    }
    return data;
  }

  private inConversation(eventConversationId: string, conversationId: string): boolean {
    return eventConversationId === conversationId || eventConversationId.startsWith(conversationId + ';');
  }

  private cardTarget(opts: CardTargetOptions): { replyToId: string; conversationId: string } {
    if (opts.replyToId !== undefined) {
      const known = this.eventLog.find((e): e is MessageEvent => e.kind === 'message' && e.messageId === opts.replyToId);
      const conversationId = opts.conversationId ?? known?.conversationId ?? this.conversationIdFor(this.currentType);
      return { replyToId: opts.replyToId, conversationId };
    }
    const scope = opts.conversationId ?? this.conversationIdFor(this.currentType);
    for (let i = this.eventLog.length - 1; i >= 0; i--) {
      const e = this.eventLog[i];
      if ((e.kind === 'message' || e.kind === 'update') && e.cards.length > 0 && this.inConversation(e.conversationId, scope)) {
        return { replyToId: e.kind === 'message' ? e.messageId : e.targetId, conversationId: e.conversationId };
      }
    }
    throw new Error(`no bot message with an adaptive card in ${scope} to act on\n${this.describeEvents()}`);
  }

  private waitForExchange(predicate: (x: BotExchange) => boolean, from: number, timeoutMs: number | undefined, description: string): Promise<BotExchange> {
    const limit = timeoutMs ?? this.defaultTimeout;
    return this.waitUntil(
      () => {
        const x = this.exchanges.slice(from).find(predicate);
        return x && (x.status !== undefined || x.error !== undefined) ? { found: x } : undefined;
      },
      limit,
      () => `playground stopped while waiting for ${description}`,
      () => `Timed out after ${limit} ms waiting for ${description}.\n${this.describeEvents(0)}\n${this.outputTail()}`,
    );
  }

  private async rest(method: 'GET' | 'POST', pathAndQuery: string, body?: JsonValue): Promise<JsonValue | undefined> {
    if (this.stopped) throw new Error('playground is stopped');
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const res = await httpRequest(`${this.url}${pathAndQuery}`, method, payload, payload ? { 'content-type': 'application/json' } : {}, this.defaultTimeout);
    const parsed = parseJson(res.body.toString('utf8'));
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`playground ${method} ${pathAndQuery.split('?')[0]} failed with ${res.status}: ${clip(JSON.stringify(parsed ?? null), 500)}`);
    }
    return parsed;
  }

  private push(event: PlaygroundEvent): void {
    this.eventLog.push(event);
    this.notify();
  }

  private onFrame(text: string): void {
    const frame = parseJson(text);
    if (!isJsonObject(frame)) return;
    const action = str(frame.action);
    const actionConversationId = str(frame.actionConversationId) ?? '';
    const seq = this.eventLog.length;
    const at = Date.now();
    if (action === 'typing') {
      this.push({ kind: 'typing', seq, at, conversationId: actionConversationId, frame });
      return;
    }
    const message = frame.message;
    if (!isJsonObject(message)) return;
    const messageId = String(message.messageId);
    const attachments = toAttachments(message.attachments);
    const common = {
      text: str(message.text),
      textFormat: str(message.textFormat),
      attachments,
      cards: cardsOf(attachments),
      mentions: Array.isArray(message.mentions) ? message.mentions : [],
      frame,
    };
    if (action === 'createMessage') {
      const from = isJsonObject(message.from) ? str(message.from.id) : undefined;
      const event: MessageEvent = {
        kind: 'message',
        seq,
        at,
        conversationId: str(message.postConversationId) ?? actionConversationId,
        messageId,
        fromId: from ?? '',
        ...common,
      };
      if (message.suggestedActions !== undefined) event.suggestedActions = message.suggestedActions;
      const activity = this.pendingActivities.get(`create:${messageId}`);
      if (activity) {
        event.activity = activity;
        this.pendingActivities.delete(`create:${messageId}`);
      }
      this.push(event);
    } else if (action === 'updateMessage') {
      const original = this.eventLog.find((e): e is MessageEvent => e.kind === 'message' && e.messageId === messageId);
      const event: UpdateEvent = {
        kind: 'update',
        seq,
        at,
        conversationId: original?.conversationId ?? actionConversationId,
        targetId: messageId,
        ...common,
      };
      const activity = this.pendingActivities.get(`update:${messageId}`);
      if (activity) {
        event.activity = activity;
        this.pendingActivities.delete(`update:${messageId}`);
      }
      this.push(event);
    }
  }

  /** Applies the locale override to an activity on its way to the bot. */
  private localize(activity: JsonObject): JsonObject {
    const locale = this.currentLocale;
    if (locale === undefined) return activity;
    const out: JsonObject = { ...activity };
    if ('locale' in out) out.locale = locale;
    if (Array.isArray(out.entities)) {
      const country = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
      out.entities = out.entities.map((e) => (isJsonObject(e) && e.type === 'clientInfo' ? { ...e, locale, ...(country ? { country } : {}) } : e));
    }
    return out;
  }

  private handleRelay(req: http.IncomingMessage, res: http.ServerResponse): void {
    void this.relayAsync(req, res).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`relay error: ${e.message}`);
    });
  }

  private async relayAsync(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reqUrl = req.url ?? '/';
    const method = req.method ?? 'GET';
    let body = await readBody(req);
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(name) && value !== undefined) headers[name] = value;
    }
    const toConnector = reqUrl.startsWith('/_connector');
    let exchange: BotExchange | undefined;
    let target: string;
    if (toConnector) {
      target = `${this.url}${reqUrl}`;
    } else {
      target = this.opts.botEndpoint;
      const parsed = parseJson(body.toString('utf8'));
      if (isJsonObject(parsed)) {
        const activity = this.localize(parsed);
        if (activity !== parsed) body = Buffer.from(JSON.stringify(activity));
        exchange = { index: this.exchanges.length, at: Date.now(), activity };
        this.exchanges.push(exchange);
        this.notify();
      }
    }
    let result: HttpResult;
    try {
      result = await httpRequest(target, method, body.length > 0 ? body : undefined, headers, 120000);
    } catch (e) {
      if (exchange) {
        exchange.error = (e as Error).message;
        this.notify();
      }
      throw e;
    }
    const outHeaders: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(result.headers)) {
      if (!['content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(name) && value !== undefined) outHeaders[name] = value;
    }
    outHeaders['content-length'] = result.body.length;
    const responseJson = parseJson(result.body.toString('utf8'));
    if (exchange) {
      exchange.status = result.status;
      if (responseJson !== undefined) exchange.body = responseJson;
    } else if (toConnector) {
      this.recordConnectorCall(method, reqUrl.slice('/_connector'.length), parseJson(body.toString('utf8')), result.status, responseJson);
    }
    res.writeHead(result.status, outHeaders);
    res.end(result.body);
    this.notify();
  }

  private recordConnectorCall(method: string, rawPath: string, body: JsonValue | undefined, status: number, response: JsonValue | undefined): void {
    const pathOnly = rawPath.split('?')[0];
    const m = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(pathOnly);
    const conversationId = m ? decodeURIComponent(m[1]) : undefined;
    const activityId = m && m[2] ? decodeURIComponent(m[2]) : undefined;
    const call: ConnectorCall = {
      at: Date.now(),
      method,
      path: pathOnly
        .split('/')
        .map((p) => decodeURIComponent(p))
        .join('/'),
      status,
    };
    if (conversationId !== undefined) call.conversationId = conversationId;
    if (activityId !== undefined) call.activityId = activityId;
    if (body !== undefined) call.body = body;
    if (response !== undefined) call.response = response;
    this.connectorCalls.push(call);

    if (method === 'DELETE' && conversationId !== undefined && activityId !== undefined) {
      const event: DeleteEvent = { kind: 'delete', seq: this.eventLog.length, at: call.at, conversationId, targetId: activityId, status };
      if (response !== undefined) event.response = response;
      this.push(event);
      return;
    }
    // Attach the bot's activity to the message the WebSocket reported (or keep it until it does).
    if (!isJsonObject(body) || status >= 300) return;
    if (method === 'POST' && m && isJsonObject(response) && typeof response.id === 'string') {
      const id = response.id;
      const event = this.eventLog.find((e): e is MessageEvent => e.kind === 'message' && e.messageId === id);
      if (event) event.activity = body;
      else this.pendingActivities.set(`create:${id}`, body);
    } else if (method === 'PUT' && activityId !== undefined) {
      const event = [...this.eventLog].reverse().find((e): e is UpdateEvent => e.kind === 'update' && e.targetId === activityId && e.activity === undefined);
      if (event) event.activity = body;
      else this.pendingActivities.set(`update:${activityId}`, body);
    }
  }
}

function describeEvent(e: PlaygroundEvent): string {
  const where = `in ${e.conversationId}`;
  switch (e.kind) {
    case 'message':
    case 'update': {
      const head = e.kind === 'message' ? `#${e.seq} message ${e.messageId}` : `#${e.seq} update of ${e.targetId}`;
      const text = e.text !== undefined ? ` text=${JSON.stringify(clip(e.text, 120))}` : '';
      const cards = e.cards.length > 0 ? ` cards=[${e.cards.map((c) => clip(JSON.stringify(c), 120)).join(', ')}]` : '';
      const other = e.attachments.length > e.cards.length ? ` attachments=${e.attachments.map((a) => a.contentType).join(',')}` : '';
      return `${head} ${where}${text}${cards}${other}`;
    }
    case 'typing':
      return `#${e.seq} typing ${where}`;
    case 'delete':
      return `#${e.seq} delete of ${e.targetId} ${where} (playground answered ${e.status})`;
  }
}
