// Loaded into the advisor (node --require) by `npm run bench:layers`: times the layers of a turn
// where they run, in the busy process, not in a loop of their own. A function run in a loop
// keeps its code and data in the processor's caches; inside a turn it shares them with everything
// else the turn runs, and took three to six times as long (bench/history-2026-11.md, "Fifth stop").
//
// Each layer below is wrapped in its loaded module when the measured round starts. A turn's timings are kept only when the
// turn made no outgoing HTTP call: such a turn runs from start to end without waiting, so a
// layer's time is its own work and that of what it calls (a garbage collection that falls in it
// too). Recording runs between the benchmark's `allocation:start` and `allocation:stop` (the
// measured round, after the warm-up), and the figures go back on `layers:report`.
import { createRequire } from 'module';
import { median } from './report';

/** A module by the end of its path, and what to time in it: methods of a class, or its exported functions. */
interface Layer {
  module: string;
  className?: string;
  names: string[];
}

/** The turn's root (everything else is timed inside it), then the layers, outermost first. */
const ROOT = { module: 'src/hosting/http/advisorAdapter.js', className: 'AdvisorCloudAdapter', name: 'process' };
const LAYERS: Layer[] = [
  { module: 'src/protocols/http/activityShape.js', names: ['activityLimitsProblem'] },
  { module: 'src/hosting/connector/connectorClients.js', className: 'CachedClientsAuthentication', names: ['authenticateRequest'] },
  { module: 'botbuilder-core/lib/cloudAdapterBase.js', className: 'CloudAdapterBase', names: ['processActivity'] },
  { module: 'src/hosting/http/advisorAdapter.js', className: 'AdvisorCloudAdapter', names: ['runMiddleware'] },
  { module: 'src/hosting/turns/reliableTurns.js', className: 'ReliableTurns', names: ['runTurn'] },
  { module: 'src/conversation/channel/processedActivities.js', names: ['activityIdKey'] },
  { module: 'src/hosting/state/stateStorage.js', names: ['storedItem', 'contentJson'] },
  { module: 'src/hosting/state/memoryStorage.js', className: 'InMemoryStateStorage', names: ['readItem', 'write'] },
  { module: 'src/hosting/locale/turnLocale.js', className: 'TurnLocale', names: ['onTurn'] },
  { module: 'src/hosting/routes/bot.js', className: 'AdvisorBot', names: ['run'] },
  { module: 'src/hosting/advisor/advisorHost.js', className: 'AdvisorHost', names: ['run'] },
  { module: 'src/conversation/advisor/flow.js', names: ['handleTurn'] },
  { module: 'src/domain/rules.js', names: ['questionToAsk'] },
  { module: 'src/conversation/advisor/progress.js', names: ['progressOf'] },
  { module: 'src/hosting/advisor/sendPresentation.js', names: ['sendPresentation'] },
  { module: 'src/conversation/cards/messages.js', names: ['replyCard', 'replyMessage'] },
  { module: 'src/protocols/connector/jsonBytes.js', names: ['jsonBytes'] },
];

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** The turn being timed (a turn that waits is dropped at its end) and its layers' times, µs. */
let turn: { outgoing: number; spans: [string, number][] } | undefined;
let outgoing = 0;
let recording = false;
const times = new Map<string, number[]>();
let turns = 0;

const now = (): number => performance.now() * 1000;

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `fn` timed as `name` when it runs inside a timed turn (its promise's end, for an async one). */
function timed(name: string, fn: Fn): Fn {
  return function (this: unknown, ...args: unknown[]): unknown {
    const within = turn;
    if (!within) return fn.apply(this, args);
    const start = now();
    const result = fn.apply(this, args);
    if (isThenable(result)) return result.finally(() => within.spans.push([name, now() - start]));
    within.spans.push([name, now() - start]);
    return result;
  };
}

function rootTimed(name: string, fn: Fn): Fn {
  return function (this: unknown, ...args: unknown[]): unknown {
    const mine = { outgoing, spans: [] as [string, number][] };
    turn = mine;
    const start = now();
    const result = Promise.resolve(fn.apply(this, args));
    return result.finally(() => {
      if (turn === mine) turn = undefined;
      // Another turn's call in between would also show here; only a turn without a wait had none.
      if (!recording || outgoing !== mine.outgoing) return;
      turns += 1;
      record(name, now() - start);
      for (const [layer, micros] of mine.spans) record(layer, micros);
    });
  };
}

function record(name: string, micros: number): void {
  const list = times.get(name);
  if (list) list.push(micros);
  else times.set(name, [micros]);
}

/** Replaces `owner[name]` (a method on a prototype, or an export) with its timed form. */
function wrap(owner: Record<string, unknown>, name: string, label: string, as: (label: string, fn: Fn) => Fn): void {
  const fn = owner[name];
  if (typeof fn !== 'function') return;
  Object.defineProperty(owner, name, { value: as(label, fn as Fn), writable: true, configurable: true, enumerable: true });
}

/** The prototype in `cls`'s chain that defines `name` itself. */
function definer(cls: { prototype: object }, name: string): Record<string, unknown> | undefined {
  for (let p: object | null = cls.prototype; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) return p as Record<string, unknown>;
  }
  return undefined;
}

function instrument(file: string, exports: Record<string, unknown>): void {
  const path = file.replace(/\\/g, '/');
  for (const layer of [...LAYERS, { ...ROOT, names: [ROOT.name] }]) {
    if (!path.endsWith(layer.module)) continue;
    for (const name of layer.names) {
      const root = layer.module === ROOT.module && layer.className === ROOT.className && name === ROOT.name;
      const label = root ? 'turn (adapter.process)' : layer.className ? `${layer.className}.${name}` : name;
      const cls = layer.className ? (exports[layer.className] as { prototype: object } | undefined) : undefined;
      const owner = layer.className ? cls && definer(cls, name) : exports;
      if (owner) wrap(owner, name, label, root ? rootTimed : timed);
    }
  }
}

const requireHere = createRequire(__filename);

/**
 * Wraps the layers in the modules loaded by now, once, when the measured round starts (the bot has
 * loaded them all by then): a call through another module's import looks the function up each time.
 */
let instrumented = false;
function instrumentLoaded(): void {
  if (instrumented) return;
  instrumented = true;
  for (const [file, loaded] of Object.entries(requireHere.cache)) {
    const exports = loaded?.exports as unknown;
    if (exports && typeof exports === 'object') instrument(file, exports as Record<string, unknown>);
  }
}

// Outgoing calls (the connector's), however a module reaches them: on the modules themselves (an
// import's namespace object only reads them).
for (const name of ['http', 'https']) {
  const mod = requireHere(name) as Record<string, Fn>;
  const request = mod.request!;
  mod.request = function (this: unknown, ...args: unknown[]): unknown {
    outgoing += 1;
    return request.apply(this, args);
  };
}

export interface LayerFigures {
  name: string;
  callsPerTurn: number;
  p50Micros: number;
  meanMicros: number;
}

function report(): { turns: number; layers: LayerFigures[] } {
  const layers = [...times].map(([name, list]) => ({
    name,
    callsPerTurn: list.length / Math.max(1, turns),
    p50Micros: median(list),
    meanMicros: list.reduce((sum, x) => sum + x, 0) / list.length,
  }));
  return { turns, layers };
}

if (typeof process.send === 'function') {
  process.on('message', (message: unknown) => {
    if (message === 'allocation:start') {
      instrumentLoaded();
      times.clear();
      turns = 0;
      recording = true;
    } else if (message === 'allocation:stop') {
      recording = false;
    } else if (message === 'layers:report') {
      process.send!({ layers: report() });
    }
  });
}
