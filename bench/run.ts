// `npm run bench`: the cost of a real advisor turn over HTTP, measured against an echo bot on
// the same stack in the same run, plus card render times, memory per stored conversation and
// start-up time. Ratios are what matter; absolute numbers depend on the machine.
//
// Knobs (environment): BENCH_CONVERSATIONS (concurrent, default 50, up to 1000), BENCH_CASES (cases
// per conversation, default 4), BENCH_SEQUENTIAL (conversations each simulated user goes through
// one after another in a measured round, default 3), BENCH_ROUNDS (default 5), BENCH_DELIVERY (connector, the default:
// replies are POSTed to a stand-in connector at serviceUrl, as in Teams and Direct Line; or
// expectReplies: replies come back in the HTTP response), BENCH_CHANNEL (webchat, the default, or
// msteams: answered cards also become receipts; needs the connector delivery),
// BENCH_MEMORY_CONVERSATIONS (default 2000), BENCH_RENDERS (default 500), BENCH_OUT (results file),
// BENCH_NODE_ARGS (extra node flags for the bot processes, e.g. "--cpu-prof --cpu-prof-dir=prof").
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { createBot } from '../src/hosting/app';
import { ReliableTurns } from '../src/hosting/reliableTurns';
import { PROCESSED_IDS_KEPT } from '../src/hosting/dedupe';
import { createLogger } from '../src/hosting/logger';
import { renderCard } from '../src/conversation/cards';
import { answeredView, viewOf, CardView } from '../src/conversation/viewModels';
import { Reply } from '../src/conversation/flow';
import { catalogFor } from '../src/domain/content';
import { decide } from '../src/domain/rules';
import { CompleteAnswers } from '../src/domain/questions';
import { StandInConnector } from './standInConnector';
import { countAllocations } from './allocation';
import { STOCK_ECHO_SCRIPT, stockTargets } from './stockEcho/targets';
import { channelsToRun, resultsFile } from './paths';

const ROOT = path.resolve(__dirname, '..', '..');

/** How the bots' replies reach the load generator. */
export type Delivery = 'connector' | 'expectReplies';
export const DELIVERIES: readonly Delivery[] = ['connector', 'expectReplies'];

/**
 * The channel the conversations come from. In Teams an answered question card is also turned into
 * a receipt (a second connector call) and the id of each new question card is kept (a second
 * state write), so a Teams answer costs more than a Web Chat one.
 */
export type BenchChannel = 'webchat' | 'msteams';
export const CHANNELS: readonly BenchChannel[] = ['webchat', 'msteams'];

export interface BenchOptions {
  conversations: number;
  delivery: Delivery;
  /** Web Chat unless given; Teams needs the connector delivery (receipts are connector calls). */
  channel?: BenchChannel;
  /** Cases each conversation goes through, back to back. */
  cases: number;
  /**
   * Conversations each simulated user goes through one after another in a measured round: a
   * longer round with the same mix of turns (steadier figures).
   */
  sequential: number;
  rounds: number;
  memoryConversations: number;
  renders: number;
  /** Print progress and the table. */
  verbose: boolean;
}

export interface LoadFigures {
  /** Concurrent conversations. */
  conversations: number;
  /** Conversations run in the measured round (each user went through `sequential` of them). */
  conversationsRun: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The bot process's own CPU time per turn: what the turn costs, whatever the load generator does. */
  serverCpuMsPerTurn: number;
  /** The load generator's CPU time per turn (it shares the machine with the bot). */
  driverCpuMsPerTurn: number;
  /** Messages the bot sent to the connector per turn (connector delivery only). */
  messagesPerTurn?: number;
  /** Messages it updated per turn (Teams receipts; connector delivery only). */
  updatesPerTurn?: number;
  /** Conversations that ended where they should (advisor: on a result card). */
  completed: number;
  /** MB the bot process allocated on its JavaScript heap per turn (allocationProbe.ts). */
  allocatedMbPerTurn: number;
}

export interface Ratios {
  throughput: number;
  p99: number;
  throughputRange: [number, number];
  p99Range: [number, number];
}

export interface BenchResults {
  machine: { cpus: number; node: string };
  options: BenchOptions;
  advisor: LoadFigures;
  echo: LoadFigures;
  /** The stock echo bot (bench/stockEcho): the sample-shaped bot, not on the advisor's host. */
  stock: LoadFigures;
  /** Advisor/echo, the median over the rounds of each round's pair, with the rounds' spread. */
  ratios: Ratios;
  /** Advisor/stock echo, the same way. */
  stockRatios: Ratios;
  renderMicros: Record<string, number>;
  memory: {
    conversations: number;
    /** After one case: a greeting, the answers by card click, the result. */
    oneCase: StoredConversation;
    /** After enough cases to fill the list of processed activity ids: the most a conversation keeps. */
    longest: StoredConversation;
    rssMbPer1000: number;
  };
  startup: { readyMs: number[]; medianReadyMs: number };
  targets: Record<string, { value: number; target: string; met: boolean }>;
}

// ---------------------------------------------------------------- child processes

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Child {
  process: ChildProcess;
  base: string;
  readyMs: number;
  stop(): Promise<void>;
}

async function startChild(script: string, extraEnv: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  // BENCH_NODE_ARGS passes flags to the bots' node (e.g. --cpu-prof to see what a turn costs).
  const extraArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a.length > 0);
  // The allocation probe and its IPC channel: MB allocated per turn, whichever bot it is.
  const probe = ['--require', path.join(ROOT, 'dist/bench/allocationProbe.js')];
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...probe, ...extraArgs, path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} was not ready within 20 s`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    process: child,
    base,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100; // USER_HZ on Linux
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return NaN;
  }
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

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

function postJson(url: URL, payload: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Where the replies go: to the stand-in connector (then taken from it), or back in the response. */
type Replies = ({ delivery: 'connector'; connector: StandInConnector } | { delivery: 'expectReplies' }) & { channel: BenchChannel };

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

async function post(base: string, replies: Replies, conversationId: string, fields: Record<string, unknown>, cardMessageId?: string): Promise<{ ms: number; activities: Partial<Activity>[] }> {
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
  const res = await postJson(new URL('/api/messages', base), JSON.stringify(body));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  // The bot answers the POST only after its replies were delivered, so they are all in by now.
  if (replies.delivery === 'connector') return { ms, activities: replies.connector.take(conversationId) as Partial<Activity>[] };
  const json = (res.text ? JSON.parse(res.text) : {}) as { activities?: Partial<Activity>[] };
  return { ms, activities: json.activities ?? [] };
}

function cards(activities: Partial<Activity>[]): CardLike[] {
  return activities.flatMap((a) => (a.attachments ?? []).map((att) => att.content as CardLike));
}

/** The id of the message that holds a card (the connector gave it one). */
function messageOf(activities: Partial<Activity>[], card: CardLike | undefined): string | undefined {
  return activities.find((a) => (a.attachments ?? []).some((att) => att.content === card))?.id;
}

/** Answer paths that between them reach every kind of result. */
const PATHS: Record<string, string>[] = [
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
type Send = (fields: Record<string, unknown>, cardMessageId?: string) => Promise<{ ms: number; activities: Partial<Activity>[] }>;

/**
 * One partner going through the whole advisor by card clicks, `cases` times in a row (each new
 * case started with the result card's "Start over"); resolves with per-turn latencies.
 */
async function throughCases(send: Send, answers: Record<string, string>, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
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

function advisorConversation(base: string, replies: Replies, id: string, answers: Record<string, string>, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
  return throughCases((fields, cardMessageId) => post(base, replies, id, fields, cardMessageId), answers, cases);
}

/** Turns per case for the echo bot: about what an advisor case takes (a greeting, five answers). */
const ECHO_TURNS_PER_CASE = 6;

async function echoConversation(base: string, replies: Replies, id: string, cases: number): Promise<{ latencies: number[]; completed: boolean }> {
  const latencies: number[] = [];
  let answered = 0;
  for (let i = 0; i < ECHO_TURNS_PER_CASE * cases; i += 1) {
    const reply = await post(base, replies, id, { text: 'hi' });
    latencies.push(reply.ms);
    if (cards(reply.activities).length === 1) answered += 1;
  }
  return { latencies, completed: answered === ECHO_TURNS_PER_CASE * cases };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Conversation = (base: string, id: string, index: number) => Promise<{ latencies: number[]; completed: boolean }>;

/** One simulated user: `count` conversations one after another, each a new conversation. */
async function oneAfterAnother(run: Conversation, base: string, id: string, index: number, count: number): Promise<{ latencies: number[]; completed: number }> {
  const latencies: number[] = [];
  let completed = 0;
  for (let k = 0; k < count; k += 1) {
    const result = await run(base, `${id}-${k}`, index);
    latencies.push(...result.latencies);
    if (result.completed) completed += 1;
  }
  return { latencies, completed };
}

async function load(child: Child, options: Pick<BenchOptions, 'conversations' | 'sequential'>, connector: StandInConnector | undefined, run: Conversation, tag: string): Promise<LoadFigures> {
  const { conversations, sequential } = options;
  // Warm up the JIT and the connection pool first, with the same load.
  await Promise.all(Array.from({ length: conversations }, (_, i) => run(child.base, `warm-${tag}-${i}-${Date.now()}`, i)));
  const rssBeforeMb = rssMb(child.process.pid);
  const cpuBefore = cpuSeconds(child.process.pid);
  const driverBefore = process.cpuUsage();
  const callsBefore = connector ? { ...connector.calls } : undefined;
  const stopCounting = await countAllocations(child.process);
  const started = process.hrtime.bigint();
  const results = await Promise.all(Array.from({ length: conversations }, (_, i) => oneAfterAnother(run, child.base, `${tag}-${i}-${Date.now()}`, i, sequential)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const driver = process.cpuUsage(driverBefore);
  const allocatedBytes = await stopCounting();
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    conversations,
    conversationsRun: conversations * sequential,
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rssBeforeMb,
    rssAfterMb: rssMb(child.process.pid),
    serverCpuMsPerTurn: ((cpuSeconds(child.process.pid) - cpuBefore) * 1000) / latencies.length,
    driverCpuMsPerTurn: (driver.user + driver.system) / 1000 / latencies.length,
    ...(connector && callsBefore
      ? {
          messagesPerTurn: (connector.calls.messages - callsBefore.messages) / latencies.length,
          updatesPerTurn: (connector.calls.updates - callsBefore.updates) / latencies.length,
        }
      : {}),
    completed: results.reduce((sum, r) => sum + r.completed, 0),
    allocatedMbPerTurn: allocatedBytes / 1024 / 1024 / latencies.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ratio advisor/echo of each round (the two bots run back to back in a round), and its median
 * over the rounds. Pairing keeps the machine's drift between rounds out of the ratio; the range
 * shows how far single rounds went.
 */
export function pairedRatio(advisor: LoadFigures[], echo: LoadFigures[], pick: (f: LoadFigures) => number): { median: number; range: [number, number] } {
  const ratios = advisor.map((a, i) => pick(a) / pick(echo[i]!)).sort((x, y) => x - y);
  return { median: median(ratios), range: [ratios[0]!, ratios[ratios.length - 1]!] };
}

/**
 * Each figure is the median over the rounds: one round can be disturbed (a GC pause, the other
 * process on the same core), and a single p99 out of a thousand turns is especially jumpy.
 */
function medianOfRounds(rounds: LoadFigures[]): LoadFigures {
  const pick = (f: (r: LoadFigures) => number): number => median(rounds.map(f));
  return {
    conversations: rounds[0]!.conversations,
    conversationsRun: rounds[0]!.conversationsRun,
    turns: pick((r) => r.turns),
    seconds: pick((r) => r.seconds),
    turnsPerSecond: pick((r) => r.turnsPerSecond),
    p50: pick((r) => r.p50),
    p95: pick((r) => r.p95),
    p99: pick((r) => r.p99),
    rssBeforeMb: pick((r) => r.rssBeforeMb),
    rssAfterMb: pick((r) => r.rssAfterMb),
    serverCpuMsPerTurn: pick((r) => r.serverCpuMsPerTurn),
    driverCpuMsPerTurn: pick((r) => r.driverCpuMsPerTurn),
    ...(rounds[0]!.messagesPerTurn !== undefined
      ? { messagesPerTurn: pick((r) => r.messagesPerTurn ?? NaN), updatesPerTurn: pick((r) => r.updatesPerTurn ?? NaN) }
      : {}),
    completed: Math.min(...rounds.map((r) => r.completed)),
    allocatedMbPerTurn: pick((r) => r.allocatedMbPerTurn),
  };
}

// ---------------------------------------------------------------- in-process measurements

function sampleViews(): Record<string, CardView> {
  const c = catalogFor('en-US');
  const answers: CompleteAnswers = { cloud: 'usgov', channel: 'ea', service: 'license', goal: 'support', partnerType: 'indirectReseller' };
  const replies: Record<string, Reply> = {
    welcome: { kind: 'welcome' },
    question: { kind: 'question', question: 'channel', token: 'a.1', position: 2, total: 5, canGoBack: true, answers: { cloud: 'global' } },
    result: { kind: 'result', outcome: decide(answers), answers, token: 'a.2' },
    change: { kind: 'change', answers, token: 'a.3' },
    help: { kind: 'help' },
    language: { kind: 'language', current: 'en-US' },
    notice: { kind: 'closed', token: 'a.4', notice: 'cancelled' },
  };
  const views: Record<string, CardView> = {};
  for (const [name, reply] of Object.entries(replies)) {
    const view = viewOf(reply, c, 'en-US');
    if ('card' in view) views[name] = view;
  }
  views.answered = answeredView('channel', 'ea', c);
  return views;
}

/** Microseconds per render (view model → card JSON through the cached template). */
function renderTimes(renders: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, view] of Object.entries(sampleViews())) {
    for (let i = 0; i < 20; i += 1) renderCard(view);
    const started = process.hrtime.bigint();
    for (let i = 0; i < renders; i += 1) renderCard(view);
    out[name] = Number(process.hrtime.bigint() - started) / 1e3 / renders;
  }
  return out;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** What one conversation leaves in MemoryStorage once it is idle, and the heap that takes. */
export interface StoredConversation {
  /** Turns each conversation took. */
  turns: number;
  storedBytes: number;
  heapBytes: number;
}

/**
 * Conversations through the host's turn runner (which also keeps the ids of the activities it
 * processed) on MemoryStorage, `cases` cases each by card clicks, with activity ids shaped as Web
 * Chat's (a Direct Line id repeats the conversation id). Resolves with the bytes kept per
 * conversation, its user included.
 */
async function storedConversations(count: number, cases: number): Promise<StoredConversation & { rssMbPer1000: number }> {
  const memory: Record<string, string> = {};
  const storage = new MemoryStorage(memory);
  const { bot, conversationState, userState } = createBot({}, storage);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.use(new ReliableTurns({ conversationState, userState, logger: createLogger('silent') }));
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  let turns = 0;
  for (let i = 0; i < count; i += 1) {
    const conversationId = `${i.toString(36).padStart(8, '0')}Kx3Jq7ZbT1wY9f-us`;
    let sequence = 0;
    const send: Send = async (fields) => {
      sequence += 1;
      await adapter.receiveActivity({
        type: 'message',
        id: `${conversationId}|${String(sequence).padStart(7, '0')}`,
        channelId: 'webchat',
        conversation: { id: conversationId } as never,
        from: { id: `dl_user-${i}` } as never,
        recipient: { id: 'bot' } as never,
        locale: 'en-US',
        ...fields,
      });
      return { ms: 0, activities: adapter.activeQueue.splice(0) };
    };
    const run = await throughCases(send, PATHS[i % PATHS.length]!, cases);
    if (!run.completed) throw new Error('a stored conversation did not reach its result card');
    turns += run.latencies.length;
  }
  collectGarbage();
  const rssMbPer1000 = ((process.memoryUsage().rss - rssBefore) / 1024 / 1024 / count) * 1000;
  const storedBytes = Object.entries(memory).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  return { turns: turns / count, storedBytes: storedBytes / count, heapBytes: heapOf(memory) / count, rssMbPer1000 };
}

/**
 * The heap that MemoryStorage's items take, measured on a fresh copy of them. The heap's growth
 * over the conversations themselves is no measure: it also holds what V8 keeps for its own
 * bookkeeping (lists that grow with the number of turns and are compacted only later).
 */
function heapOf(memory: Record<string, string>): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const copy: Record<string, string> = {};
  for (const [key, value] of Object.entries(memory)) copy[Buffer.from(key).toString()] = Buffer.from(value).toString();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  // `copy` is read after the measurement, so the collection above could not free it.
  return Object.keys(copy).length === 0 ? 0 : after - before;
}

/** Cases after which a conversation's list of processed activity ids is full. */
const CASES_TO_FILL_THE_ID_LIST = Math.ceil(PROCESSED_IDS_KEPT / 5);

async function memoryPerConversation(count: number): Promise<BenchResults['memory']> {
  const { rssMbPer1000, ...oneCase } = await storedConversations(count, 1);
  // Fewer of these: each takes ten times the turns.
  const { rssMbPer1000: _rss, ...longest } = await storedConversations(Math.max(1, Math.ceil(count / 2)), CASES_TO_FILL_THE_ID_LIST);
  return { conversations: count, oneCase, longest, rssMbPer1000 };
}

// ---------------------------------------------------------------- the run

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const channel = options.channel ?? 'webchat';
  if (channel === 'msteams' && options.delivery !== 'connector') throw new Error('Teams turns need the connector delivery: a receipt is an update sent to the connector');
  const log = (line: string): void => {
    if (options.verbose) process.stdout.write(`${line}\n`);
  };

  log('start-up: spawning the advisor 3 times…');
  const readyMs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const child = await startChild('dist/src/index.js');
    readyMs.push(child.readyMs);
    await child.stop();
  }

  const advisorRounds: LoadFigures[] = [];
  const echoRounds: LoadFigures[] = [];
  const stockRounds: LoadFigures[] = [];
  const connector = options.delivery === 'connector' ? await StandInConnector.start() : undefined;
  const replies: Replies = connector ? { delivery: 'connector', connector, channel } : { delivery: 'expectReplies', channel };
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      // The bots take turns going first, so a machine that speeds up or slows down during a
      // round favours neither of them over the run.
      const echoFirst = round % 2 === 0;
      log(`round ${round}/${options.rounds}: ${options.conversations} concurrent conversations against each bot, replies by ${options.delivery}…`);
      const runAdvisor = async (): Promise<void> => {
        const child = await startChild('dist/src/index.js');
        try {
          advisorRounds.push(await load(child, options, connector, (base, id, i) => advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases), 'advisor'));
        } finally {
          await child.stop();
        }
      };
      const runEcho = async (): Promise<void> => {
        const child = await startChild('dist/bench/echoServer.js');
        try {
          echoRounds.push(await load(child, options, connector, (base, id) => echoConversation(base, replies, id, options.cases), 'echo'));
        } finally {
          await child.stop();
        }
      };
      const runStock = async (): Promise<void> => {
        const child = await startChild(STOCK_ECHO_SCRIPT);
        try {
          stockRounds.push(await load(child, options, connector, (base, id) => echoConversation(base, replies, id, options.cases), 'stock'));
        } finally {
          await child.stop();
        }
      };
      // The advisor runs between the two references, each of which goes first every other round.
      const order = echoFirst ? [runEcho, runAdvisor, runStock] : [runStock, runAdvisor, runEcho];
      for (const run of order) await run();
    }
  } finally {
    await connector?.close();
  }

  log('card render times…');
  const renderMicros = renderTimes(options.renders);
  log(`memory: ${options.memoryConversations} idle conversations on MemoryStorage…`);
  const memory = await memoryPerConversation(options.memoryConversations);

  const a = medianOfRounds(advisorRounds);
  const e = medianOfRounds(echoRounds);
  const sortedReady = [...readyMs].sort((x, y) => x - y);
  const medianReadyMs = sortedReady[1]!;
  const throughput = pairedRatio(advisorRounds, echoRounds, (f) => f.turnsPerSecond);
  const p99 = pairedRatio(advisorRounds, echoRounds, (f) => f.p99);
  const ratios = { throughput: throughput.median, p99: p99.median, throughputRange: throughput.range, p99Range: p99.range };
  const stockThroughput = pairedRatio(advisorRounds, stockRounds, (f) => f.turnsPerSecond);
  const stockP99 = pairedRatio(advisorRounds, stockRounds, (f) => f.p99);
  const stockRatios = { throughput: stockThroughput.median, p99: stockP99.median, throughputRange: stockThroughput.range, p99Range: stockP99.range };
  return {
    machine: { cpus: require('os').cpus().length as number, node: process.version },
    options,
    advisor: a,
    echo: e,
    stock: medianOfRounds(stockRounds),
    ratios,
    stockRatios,
    renderMicros,
    memory,
    startup: { readyMs, medianReadyMs },
    targets: {
      throughput: { value: ratios.throughput, target: '≥ 0.85 × echo', met: ratios.throughput >= 0.85 },
      p99: { value: ratios.p99, target: '≤ 1.5 × echo', met: ratios.p99 <= 1.5 },
      memoryPerConversation: { value: memory.longest.heapBytes, target: '≤ 4096 bytes', met: memory.longest.heapBytes <= 4096 },
      startup: { value: medianReadyMs, target: '≤ 1500 ms', met: medianReadyMs <= 1500 },
      ...stockTargets(options, stockRatios),
    },
  };
}

function fixed(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

export function formatTable(r: BenchResults): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out: string[] = [];
  const delivery = r.options.delivery === 'connector' ? 'replies POSTed to a stand-in connector' : 'replies in the response (expectReplies)';
  const channel = r.options.channel === 'msteams' ? 'Teams' : 'Web Chat';
  out.push(`${r.options.conversations} concurrent ${channel} conversations × ${r.options.cases} cases, ${r.options.sequential} conversations per user one after another, ${delivery}, median of ${r.options.rounds} rounds, ${r.machine.cpus} CPUs, Node ${r.machine.node}`);
  out.push('');
  out.push(row(['bot', 'turns', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'bot CPU ms/turn', 'load generator CPU ms/turn', 'MB allocated/turn', 'RSS before→after MB', 'completed']));
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [name, f] of [['advisor', r.advisor], ['echo (own host)', r.echo], ['stock echo', r.stock]] as const) {
    out.push(row([name, String(f.turns), fixed(f.turnsPerSecond), fixed(f.p50, 2), fixed(f.p95, 2), fixed(f.p99, 2), fixed(f.serverCpuMsPerTurn, 2), fixed(f.driverCpuMsPerTurn, 2), fixed(f.allocatedMbPerTurn, 3), `${fixed(f.rssBeforeMb)}→${fixed(f.rssAfterMb)}`, `${f.completed}/${f.conversationsRun}`]));
  }
  out.push('');
  out.push(row(['target', 'measured', 'goal', 'met']));
  out.push(row(['---', '---:', '---', '---']));
  const spread = (range: [number, number]): string => (r.options.rounds > 1 ? ` (rounds ${fixed(range[0], 2)}–${fixed(range[1], 2)})` : '');
  out.push(row(['throughput ratio (advisor/echo)', `${fixed(r.ratios.throughput, 2)}${spread(r.ratios.throughputRange)}`, r.targets.throughput!.target, r.targets.throughput!.met ? 'yes' : 'NO']));
  out.push(row(['p99 ratio (advisor/echo)', `${fixed(r.ratios.p99, 2)}${spread(r.ratios.p99Range)}`, r.targets.p99!.target, r.targets.p99!.met ? 'yes' : 'NO']));
  for (const name of Object.keys(r.targets).filter((k) => k.startsWith('stock'))) {
    const t = r.targets[name]!;
    const range = name === 'stockP99' ? r.stockRatios.p99Range : r.stockRatios.throughputRange;
    out.push(row([name === 'stockP99' ? 'p99 ratio (advisor/stock echo)' : 'throughput ratio (advisor/stock echo)', `${fixed(t.value, 2)}${spread(range)}`, t.target, t.met ? 'yes' : 'NO']));
  }
  out.push(row(['bot CPU per turn ratio (echo/advisor)', fixed(r.echo.serverCpuMsPerTurn / r.advisor.serverCpuMsPerTurn, 2), 'for reference', '']));
  out.push(row([`memory per idle conversation, ids list full (${fixed(r.memory.longest.turns, 0)} turns): heap`, `${fixed(r.memory.longest.heapBytes, 0)} B (stored ${fixed(r.memory.longest.storedBytes, 0)} B)`, r.targets.memoryPerConversation!.target, r.targets.memoryPerConversation!.met ? 'yes' : 'NO']));
  out.push(row(['ready to serve after node starts (median of 3)', `${fixed(r.startup.medianReadyMs, 0)} ms`, r.targets.startup!.target, r.targets.startup!.met ? 'yes' : 'NO']));
  out.push('');
  const calls = (f: LoadFigures): string => `${fixed(f.messagesPerTurn ?? NaN, 2)} messages${(f.updatesPerTurn ?? 0) > 0 ? ` + ${fixed(f.updatesPerTurn!, 2)} updates` : ''}`;
  if (r.advisor.messagesPerTurn !== undefined) out.push(`connector calls per turn: advisor ${calls(r.advisor)}, echo ${calls(r.echo)}, stock echo ${calls(r.stock)}`);
  out.push(`after one case (${fixed(r.memory.oneCase.turns, 0)} turns): heap ${fixed(r.memory.oneCase.heapBytes, 0)} B, stored ${fixed(r.memory.oneCase.storedBytes, 0)} B per conversation; RSS per 1,000 such conversations: ${fixed(r.memory.rssMbPer1000, 2)} MB (${r.memory.conversations} conversations)`);
  out.push(`card render µs: ${Object.entries(r.renderMicros).map(([k, v]) => `${k} ${fixed(v, 0)}`).join(', ')}`);
  return out.join('\n');
}

function knob(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return n;
}

/** A setting that takes one of a few words. */
function choice<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new Error(`${name} must be one of: ${values.join(', ')}`);
  return raw as T;
}

function optionsFromEnvironment(): BenchOptions {
  return {
    conversations: knob('BENCH_CONVERSATIONS', 50, 1000),
    delivery: choice('BENCH_DELIVERY', DELIVERIES, 'connector'),
    channel: choice('BENCH_CHANNEL', CHANNELS, 'webchat'),
    cases: knob('BENCH_CASES', 4, 100),
    sequential: knob('BENCH_SEQUENTIAL', 3, 100),
    rounds: knob('BENCH_ROUNDS', 5, 15),
    memoryConversations: knob('BENCH_MEMORY_CONVERSATIONS', 2000, 100_000),
    renders: knob('BENCH_RENDERS', 500, 100_000),
    verbose: true,
  };
}

if (require.main === module) {
  let options: BenchOptions;
  try {
    options = optionsFromEnvironment();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // Both Web Chat and Teams unless BENCH_CHANNEL names one (bench/paths.ts).
  const all = options;
  const channels = channelsToRun(process.env.BENCH_CHANNEL, all.delivery, all.channel ?? 'webchat');
  (async () => {
    for (const [i, channel] of channels.entries()) {
      const results = await runBenchmark({ ...all, channel });
      process.stdout.write(`\n${formatTable(results)}\n`);
      const out = resultsFile(process.env.BENCH_OUT, path.join(ROOT, 'bench'), channel, i === 0);
      fs.writeFileSync(out, JSON.stringify(results, null, 2));
      process.stdout.write(`\nresults written to ${path.relative(ROOT, out)}\n\n`);
    }
  })()
    .catch((error: unknown) => {
      process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
