// The bots under load: each started as a child process, driven by many simulated users at once,
// its CPU, memory and latencies measured from outside.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { StandInConnector } from './standInConnector';
import { countAllocations } from './allocation';
import { BenchOptions, LoadFigures } from './options';

const ROOT = path.resolve(__dirname, '..', '..');

// ---------------------------------------------------------------- child processes

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  base: string;
  readyMs: number;
  stop(): Promise<void>;
}

/**
 * The node flags of the production start command (package.json "start": the heap limits), read
 * from it so the benchmark runs the advisor as production does, whatever they become.
 */
export const PRODUCTION_NODE_ARGS: string[] = productionNodeArgs();

function productionNodeArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

export interface StartOptions {
  /** Extra environment for the bot. */
  env?: Record<string, string>;
  /** Node flags before the script (the advisor's host: the production ones). */
  nodeArgs?: string[];
  /** The path that answers 200 once the bot is ready to serve (default /healthz, which every bot has). */
  readyPath?: string;
  /** How long the bot may take to be ready (default 20 s). */
  readyWithinMs?: number;
}

export async function startChild(script: string, options: StartOptions = {}): Promise<Child> {
  const { env: extraEnv = {}, nodeArgs = [], readyPath = '/healthz', readyWithinMs = 20_000 } = options;
  const port = await freePort();
  const started = process.hrtime.bigint();
  // BENCH_NODE_ARGS passes flags to the bots' node (e.g. --cpu-prof to see what a turn costs).
  const extraArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a.length > 0);
  // The allocation probe and its IPC channel: MB allocated per turn, whichever bot it is.
  const probe = ['--require', path.join(ROOT, 'dist/bench/allocationProbe.js')];
  const child = spawn(process.execPath, [...nodeArgs, ...probe, ...extraArgs, path.resolve(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${base}${readyPath}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} was not ready within ${readyWithinMs / 1000} s`);
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
  // Each thread's time on a CPU in nanoseconds (schedstat): /proc/<pid>/stat counts in ticks of
  // 10 ms, and a tiny run's few turns may cost less than one, which made its ratios 0/0.
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.reduce((sum, t) => sum + Number(fs.readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]) / 1e9, 0);
  } catch {
    // No schedstat (or a thread gone while read): the process's ticks.
  }
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

export async function load(
  child: Child,
  options: Pick<BenchOptions, 'conversations' | 'sequential'>,
  connector: StandInConnector | undefined,
  run: Conversation,
  tag: string,
  /** Called once the warm-up is over, right before the measured load (storage counts start there). */
  beforeMeasure?: () => void,
): Promise<LoadFigures> {
  const { conversations, sequential } = options;
  // Warm up the JIT and the connection pool first, with the same load.
  await Promise.all(Array.from({ length: conversations }, (_, i) => run(child.base, `warm-${tag}-${i}-${Date.now()}`, i)));
  beforeMeasure?.();
  const rssBeforeMb = rssMb(child.process.pid);
  const cpuBefore = cpuSeconds(child.process.pid);
  const driverBefore = process.cpuUsage();
  const callsBefore = connector ? { ...connector.calls } : undefined;
  const stopCounting = await countAllocations(child.process);
  const started = process.hrtime.bigint();
  const results = await Promise.all(
    Array.from({ length: conversations }, (_, i) => oneAfterAnother(run, child.base, `${tag}-${i}-${Date.now()}`, i, sequential)),
  );
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
