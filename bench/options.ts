// The benchmark's settings: what a run measures (BenchOptions), what it reports (BenchResults),
// and the BENCH_* environment read into options, one clear line on a bad value.
import * as fs from 'fs';
import * as path from 'path';

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

/**
 * How a Teams card click reaches the bot: `invoke`, as Teams sends an Action.Execute (an
 * adaptiveCard/action invoke answered with the updated card), or `message`, the older
 * Action.Submit path (a message whose answered card becomes a receipt by an edit request).
 */
export type TeamsClicks = 'invoke' | 'message';
export const TEAMS_CLICKS: readonly TeamsClicks[] = ['invoke', 'message'];

export interface BenchOptions {
  conversations: number;
  delivery: Delivery;
  /** Web Chat unless given; Teams needs the connector delivery (the first card of a case is posted). */
  channel?: BenchChannel;
  /** Teams only: card clicks as invokes (the default) or as messages. */
  teamsClicks?: TeamsClicks;
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
  /** The advisor before a change (another built checkout's dist/src/index.js), measured in the same rounds. */
  baseline?: string;
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

/** Advisor/reference, the median over the rounds of each round's pair, with the rounds' spread. */
export interface Ratios {
  throughput: number;
  p99: number;
  throughputRange: [number, number];
  p99Range: [number, number];
}

/** What one conversation leaves in the in-memory state storage once it is idle, and the heap that takes. */
export interface StoredConversation {
  /** Turns each conversation took. */
  turns: number;
  storedBytes: number;
  heapBytes: number;
}

export interface BenchResults {
  machine: { cpus: number; node: string };
  options: BenchOptions;
  advisor: LoadFigures;
  echo: LoadFigures;
  /** The stock echo bot (bench/stockEcho): the sample-shaped bot, not on the advisor's host. */
  stock: LoadFigures;
  /** The machine's floor (bench/floor): no framework, one small card per activity. */
  floor: LoadFigures;
  /** Advisor/echo (own host). */
  ratios: Ratios;
  /** The advisor before a change (BENCH_BASELINE), run in the same rounds: its figures, this advisor's ratios to it, its own p99 ratio to the stock echo. */
  baseline?: { figures: LoadFigures; ratios: Ratios; p50: number; cpu: number; stockP99: number };
  /** Advisor/stock echo, the same way. */
  stockRatios: Ratios;
  /**
   * Advisor/floor, stock echo/floor and own-host echo/floor: how close each comes to the limit of
   * the machine (the own-host echo's is what the advisor's host allows a bot that does nothing).
   */
  floorRatios: { advisor: Ratios; stock: Ratios; echo: Ratios };
  renderMicros: Record<string, number>;
  memory: {
    conversations: number;
    /** The in-memory state's default bound (MEMORY_STATE_MAX_ENTRIES) and the heap it holds at most, kept conversations as the longest measured. */
    bound: { maxEntries: number; heapMb: number };
    /** After one case: a greeting, the answers by card click, the result. */
    oneCase: StoredConversation;
    /** After enough cases to fill the list of processed activity ids: the most a conversation keeps. */
    longest: StoredConversation;
    rssMbPer1000: number;
  };
  startup: { readyMs: number[]; medianReadyMs: number };
  targets: Record<string, { value: number; target: string; met: boolean }>;
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

export function optionsFromEnvironment(): BenchOptions {
  return {
    conversations: knob('BENCH_CONVERSATIONS', 50, 1000),
    delivery: choice('BENCH_DELIVERY', DELIVERIES, 'connector'),
    channel: choice('BENCH_CHANNEL', CHANNELS, 'webchat'),
    teamsClicks: choice('BENCH_TEAMS_CLICKS', TEAMS_CLICKS, 'invoke'),
    cases: knob('BENCH_CASES', 4, 100),
    sequential: knob('BENCH_SEQUENTIAL', 3, 100),
    rounds: knob('BENCH_ROUNDS', 5, 15),
    memoryConversations: knob('BENCH_MEMORY_CONVERSATIONS', 2000, 100_000),
    renders: knob('BENCH_RENDERS', 500, 100_000),
    verbose: true,
    ...baselineFromEnvironment(),
  };
}

/** BENCH_BASELINE: a built advisor's entry point (dist/src/index.js of another checkout). */
function baselineFromEnvironment(): { baseline?: string } {
  const raw = process.env.BENCH_BASELINE;
  if (!raw) return {};
  const script = path.resolve(raw);
  if (!fs.existsSync(script)) throw new Error(`BENCH_BASELINE: no such file: ${raw} (give another checkout's built dist/src/index.js)`);
  return { baseline: script };
}
