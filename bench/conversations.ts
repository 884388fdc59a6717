// Simulated conversations over HTTP: activities as the channels send them (Web Chat or Teams),
// replies taken from the stand-in connector or the response, cards answered until the result.
import * as http from 'http';
import { Activity } from 'botbuilder';
import { StandInConnector } from './standInConnector';
import { BenchChannel, TeamsClicks } from './options';

// ---------------------------------------------------------------- simulated conversations

interface CardLike {
  body?: { type: string; id?: string; items?: unknown[] }[];
  actions?: { data?: Record<string, unknown> }[];
}

let activitySeq = 0;

/**
 * The load generator shares the machine with the bot, so it must cost little: node:http with
 * kept-alive sockets, rather than fetch, which spent about as much CPU per request as the bot
 * itself and so took cores away from the process being measured.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export function postJson(url: URL, payload: string, agentToUse: http.Agent = agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent: agentToUse,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // A kept-alive socket the server closes as idle just when it is taken again resets before any
    // answer (the echo servers keep Node's 5 s, and a loaded machine leaves sockets idle that long
    // between rounds). As Node's documentation advises, such a request is sent once more, on a
    // new socket; a reset on a fresh socket is the server's and fails the run.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (req.reusedSocket && err.code === 'ECONNRESET') postJson(url, payload, agentToUse).then(resolve, reject);
      else reject(err);
    });
    req.end(payload);
  });
}

/** Where the replies go: to the stand-in connector (then taken from it), or back in the response. */
export type Replies = ({ delivery: 'connector'; connector: StandInConnector } | { delivery: 'expectReplies' }) & {
  channel: BenchChannel;
  teamsClicks?: TeamsClicks;
  /** Which bot each activity goes to, when not always the same (two instances on one store). */
  route?: () => string;
  /**
   * Sends an activity answered 503 again, the same activity, as the channel service retries it,
   * up to three times, counting each; without it a 503 fails the conversation.
   */
  retried?: { count: number };
};

const TEAMS_TENANT = '72f988bf-0000-4000-8000-00000000beec';

/**
 * What Teams adds to an activity of a personal chat: the tenant, the kind of conversation, and for
 * a card click the message it came from (that card becomes the receipt).
 */
function teamsFields(conversationId: string, cardMessageId: string | undefined): Record<string, unknown> {
  return {
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TEAMS_TENANT },
    channelData: { tenant: { id: TEAMS_TENANT } },
    ...(cardMessageId ? { replyToId: cardMessageId } : {}),
  };
}

export async function post(
  base: string,
  replies: Replies,
  conversationId: string,
  fields: Record<string, unknown>,
  cardMessageId?: string,
): Promise<{ ms: number; activities: Partial<Activity>[] }> {
  activitySeq += 1;
  const body = {
    type: 'message',
    id: `bench-${activitySeq}`,
    channelId: replies.channel,
    ...(replies.delivery === 'connector' ? { serviceUrl: replies.connector.url } : { serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }),
    from: { id: `user-${conversationId}` },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    ...(replies.channel === 'msteams' ? teamsFields(conversationId, cardMessageId) : {}),
    locale: 'en-US',
    ...fields,
  };
  const started = process.hrtime.bigint();
  const payload = JSON.stringify(body);
  let res = await postJson(new URL('/api/messages', replies.route ? replies.route() : base), payload);
  for (let retry = 0; res.status === 503 && replies.retried && retry < 3; retry += 1) {
    replies.retried.count += 1;
    res = await postJson(new URL('/api/messages', replies.route ? replies.route() : base), payload);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  if (fields.type === 'invoke') {
    // A Universal Actions click: the updated card comes back in the answer, in place of the card
    // in the clicked message; anything else the turn said was posted to the connector.
    const answer = JSON.parse(res.text) as { type?: string; value?: unknown };
    const posted = replies.delivery === 'connector' ? (replies.connector.take(conversationId) as Partial<Activity>[]) : [];
    if (answer.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`invoke answered with ${answer.type}`);
    return { ms, activities: [...posted, { type: 'message', id: cardMessageId, attachments: [{ contentType: answer.type, content: answer.value }] }] };
  }
  // The bot answers the POST only after its replies were delivered, so they are all in by now.
  if (replies.delivery === 'connector') return { ms, activities: replies.connector.take(conversationId) as Partial<Activity>[] };
  const json = (res.text ? JSON.parse(res.text) : {}) as { activities?: Partial<Activity>[] };
  return { ms, activities: json.activities ?? [] };
}

export function cards(activities: Partial<Activity>[]): CardLike[] {
  return activities.flatMap((a) => (a.attachments ?? []).map((att) => att.content as CardLike));
}

/** The id of the message that holds a card (the connector gave it one). */
function messageOf(activities: Partial<Activity>[], card: CardLike | undefined): string | undefined {
  return activities.find((a) => (a.attachments ?? []).some((att) => att.content === card))?.id;
}

/** Answer paths that between them reach every kind of result. */
export const PATHS: Record<string, string>[] = [
  { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
  { cloud: 'global', channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
  { cloud: 'usgov', channel: 'ea', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
  { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
  { cloud: 'global', channel: 'syndication', service: 'usage', partnerType: 'direct' },
];

/**
 * Sends one activity of a conversation, a click on a card in the message `cardMessageId` or typed
 * text; resolves with the turn's latency and the replies.
 */
export type Send = (fields: Record<string, unknown>, cardMessageId?: string) => Promise<{ ms: number; activities: Partial<Activity>[] }>;

/**
 * One partner going through the whole advisor by card clicks, `cases` times in a row (each new
 * case started with the result card's "Start over"); resolves with per-turn latencies.
 */
export async function throughCases(send: Send, answers: Record<string, string>, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
  const latencies: number[] = [];
  let reply = await send({ text: 'hi' });
  latencies.push(reply.ms);
  let finished = 0;
  for (let turn = 0; turn < 8 * cases; turn += 1) {
    const all = cards(reply.activities);
    const result = all.find((c) => (c.body ?? []).some((e) => e.id?.startsWith('verdict-')));
    if (result) {
      finished += 1;
      if (finished === cases) return { latencies, completed: true };
      const restart = result.actions?.find((a) => a.data?.command === 'restart')?.data;
      if (!restart) break;
      reply = await send({ value: restart }, messageOf(reply.activities, result));
      latencies.push(reply.ms);
      continue;
    }
    const question = [...all].reverse().find((c) => c.actions?.some((a) => a.data?.action === 'answer'));
    const data = question?.actions?.find((a) => a.data?.action === 'answer')?.data;
    const questionId = typeof data?.question === 'string' ? data.question : undefined;
    if (!data || !questionId || answers[questionId] === undefined) break;
    reply = await send({ value: { ...data, [questionId]: answers[questionId] } }, messageOf(reply.activities, question));
    latencies.push(reply.ms);
  }
  return { latencies, completed: false };
}

export function advisorConversation(
  base: string,
  replies: Replies,
  id: string,
  answers: Record<string, string>,
  cases: number,
): Promise<{ latencies: number[]; completed: boolean }> {
  const invokes = replies.channel === 'msteams' && replies.teamsClicks !== 'message';
  return throughCases(
    (fields, cardMessageId) => post(base, replies, id, invokes && fields.value !== undefined ? executeOf(fields.value) : fields, cardMessageId),
    answers,
    cases,
  );
}

/** A card click as Teams sends an Action.Execute: the button's data (inputs merged in) in an adaptiveCard/action invoke. */
function executeOf(data: unknown): Record<string, unknown> {
  const verb = typeof (data as { action?: unknown }).action === 'string' ? (data as { action: string }).action : 'submit';
  return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/** Turns per case for the echo bot: about what an advisor case takes (a greeting, five answers). */
const ECHO_TURNS_PER_CASE = 6;

export async function echoConversation(base: string, replies: Replies, id: string, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
  const latencies: number[] = [];
  let answered = 0;
  for (let i = 0; i < ECHO_TURNS_PER_CASE * cases; i += 1) {
    const reply = await post(base, replies, id, { text: 'hi' });
    latencies.push(reply.ms);
    if (cards(reply.activities).length === 1) answered += 1;
  }
  return { latencies, completed: answered === ECHO_TURNS_PER_CASE * cases };
}

/**
 * The own-host echo on the Teams invoke path: a first message, then a click on the card's button
 * per turn as the advisor's clicks come (an adaptiveCard/action invoke naming the message), answered
 * with the card in place. The same number of turns as echoConversation; what it shows is what the
 * advisor's host costs on the path the advisor is measured on.
 */
export async function echoClicksConversation(base: string, replies: Replies, id: string, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
  const latencies: number[] = [];
  let reply = await post(base, replies, id, { text: 'hi' });
  latencies.push(reply.ms);
  let answered = cards(reply.activities).length === 1 ? 1 : 0;
  const messageId = reply.activities[0]?.id;
  for (let i = 1; i < ECHO_TURNS_PER_CASE * cases && messageId !== undefined; i += 1) {
    reply = await post(base, replies, id, executeOf({ action: 'echo' }), messageId);
    latencies.push(reply.ms);
    // The answer (the card in place) and nothing posted.
    if (reply.activities.length === 1 && cards(reply.activities).length === 1) answered += 1;
  }
  return { latencies, completed: answered === ECHO_TURNS_PER_CASE * cases };
}
