// In-process measurements: card render times and what an idle conversation keeps in storage.
import * as v8 from 'v8';
import * as vm from 'vm';
import { TestAdapter } from 'botbuilder';
import { InMemoryStateStorage, StoredEntry } from '../src/hosting/state/memoryStorage';
import { createBot } from '../src/hosting/app';
import { ReliableTurns } from '../src/hosting/turns/reliableTurns';
import { PROCESSED_IDS_KEPT } from '../src/conversation/channel/processedActivities';
import { createLogger } from '../src/hosting/logging/logger';
import { renderCard } from '../src/conversation/cards/cards';
import { answeredView, viewOf, CardView } from '../src/conversation/advisor/viewModels';
import { Reply } from '../src/conversation/advisor/flow';
import { catalogFor } from '../src/domain/textCatalog';
import { decide } from '../src/domain/rules';
import { DEFAULT_EDITION } from '../src/domain/editions';
import { CompleteAnswers } from '../src/domain/questions';
import { PATHS, Send, throughCases } from './conversations';
import { BenchResults, StoredConversation } from './options';
import { loadConfig } from '../src/config';

// ---------------------------------------------------------------- in-process measurements

function sampleViews(): Record<string, CardView> {
  const c = catalogFor('en-US');
  const answers: CompleteAnswers = { cloud: 'usgov', channel: 'ea', service: 'license', goal: 'support', partnerType: 'indirectReseller' };
  const replies: Record<string, Reply> = {
    welcome: { kind: 'welcome' },
    question: { kind: 'question', question: 'channel', token: 'a.1', position: 2, total: 5, canGoBack: true, answers: { cloud: 'global' } },
    result: { kind: 'result', outcome: decide(answers, DEFAULT_EDITION), answers, token: 'a.2' },
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
export function renderTimes(renders: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, view] of Object.entries(sampleViews())) {
    for (let i = 0; i < 20; i += 1) renderCard(view);
    const started = process.hrtime.bigint();
    for (let i = 0; i < renders; i += 1) renderCard(view);
    out[name] = Number(process.hrtime.bigint() - started) / 1e3 / renders;
  }
  return out;
}

/**
 * A full collection. `npm run bench` runs with --expose-gc; a process started without it (the
 * benchmark harness's own tests under mocha) gets the same function through V8's flag, set at run
 * time: without a collection the heap figures would be noise, below zero as often as not.
 */
function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

let gcFunction: (() => void) | undefined;

function collectGarbage(): void {
  gcFunction ??= garbageCollector();
  gcFunction();
  gcFunction();
}

/**
 * Conversations through the host's turn runner (which also keeps the ids of the activities it
 * processed) on the in-memory state storage, `cases` cases each by card clicks, with activity ids shaped as Web
 * Chat's (a Direct Line id repeats the conversation id). Resolves with the bytes kept per
 * conversation, its user included.
 */
async function storedConversations(count: number, cases: number): Promise<StoredConversation & { rssMbPer1000: number }> {
  // Bounded as the embedded default is (the cache also keeps when each entry was last used).
  const storage = new InMemoryStateStorage(new Map(), defaultBound());
  const { bot, conversationState, userState } = createBot({ presetCloud: undefined, policyEdition: DEFAULT_EDITION }, storage);
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
  const memory = new Map<string, StoredEntry>(storage.items);
  const storedBytes = [...memory].reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v.text) + Buffer.byteLength(v.eTag), 0);
  return { turns: turns / count, storedBytes: storedBytes / count, heapBytes: heapOf(memory) / count, rssMbPer1000 };
}

/** Items copied at the least, so that a small run measures more than the heap's own noise. */
const MIN_ITEMS_MEASURED = 4000;

/**
 * The heap that the stored items take, measured on fresh copies of them (as many copies as make
 * MIN_ITEMS_MEASURED items; one copy in a default run). The heap's growth over the conversations
 * themselves is no measure: it also holds what V8 keeps for its own bookkeeping (lists that grow
 * with the number of turns and are compacted only later). A tiny run's single copy (a few KB)
 * could come out below zero when a collection frees more than the copy takes.
 */
function heapOf(memory: Map<string, StoredEntry>): number {
  if (memory.size === 0) return 0;
  const copies = Math.max(1, Math.ceil(MIN_ITEMS_MEASURED / memory.size));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept: [Map<string, StoredEntry>, Map<string, number>][] = [];
  for (let c = 0; c < copies; c += 1) {
    const copy = new Map<string, StoredEntry>();
    // The bounded cache's time of last use per entry, which a bounded storage keeps beside the items.
    const used = new Map<string, number>();
    for (const [key, value] of memory) {
      const copiedKey = Buffer.from(key).toString();
      copy.set(copiedKey, { text: Buffer.from(value.text).toString(), eTag: Buffer.from(value.eTag).toString() });
      used.set(copiedKey, Date.now() + c);
    }
    kept.push([copy, used]);
  }
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  // `kept` is read after the measurement, so the collection above could not free the copies.
  return kept.length === copies ? (after - before) / copies : 0;
}

/** Cases after which a conversation's list of processed activity ids is full. */
const CASES_TO_FILL_THE_ID_LIST = Math.ceil(PROCESSED_IDS_KEPT / 5);

/** The embedded default's bounds (MEMORY_STATE_MAX_ENTRIES, MEMORY_STATE_IDLE_MINUTES). */
function defaultBound(): { maxEntries: number; idleMs: number } {
  const { maxEntries, idleMinutes } = loadConfig({}).memoryState!;
  return { maxEntries, idleMs: idleMinutes * 60_000 };
}

export async function memoryPerConversation(count: number): Promise<BenchResults['memory']> {
  const { rssMbPer1000, ...oneCase } = await storedConversations(count, 1);
  // Fewer of these: each takes ten times the turns.
  const { rssMbPer1000: _rss, ...longest } = await storedConversations(Math.max(1, Math.ceil(count / 2)), CASES_TO_FILL_THE_ID_LIST);
  // A conversation keeps two entries (its state and its user's): the bound holds half as many conversations.
  const { maxEntries } = defaultBound();
  const bound = { maxEntries, heapMb: ((maxEntries / 2) * longest.heapBytes) / 1024 / 1024 };
  return { conversations: count, bound, oneCase, longest, rssMbPer1000 };
}
