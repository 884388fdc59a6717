// Per-turn work the turn runner no longer does unless it is needed: the turn's logger is made on
// the first line written at an enabled level, and reading the state skips botbuilder's change hash
// while the state stays where BotState's accessors, clear() and delete() expect it.
import { strict as assert } from 'assert';
import { Writable } from 'stream';
import pino from 'pino';
import { BotStatePropertyAccessor, ConversationState, MemoryStorage, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { turnLog } from '../../src/hosting/logging/turnLogger';
import { OptimisticConversationState } from '../../src/hosting/state/optimisticState';
import { turnContextFor } from '../support/turnContext';
import { turnStateOf } from '../../src/hosting/context/turnState';

function memoryLogger(level: string): { logger: pino.Logger; lines: Record<string, unknown>[]; children: () => number } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const logger = pino({ level }, stream);
  let made = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    made += 1;
    return child(...args);
  }) as typeof logger.child;
  return { logger, lines, children: () => made };
}

describe('Per-turn work made on demand', () => {
  it('makes the turn logger only for a line at an enabled level, bound to the turn', async () => {
    const { logger, lines, children } = memoryLogger('warn');
    let bound = 0;
    const log = turnLog(logger, () => {
      bound += 1;
      return { correlationId: 'c-1', conversation: 'abc123' };
    });
    log.info({ attempt: 2 }, 'not at this level');
    log.debug('nor this');
    assert.equal(children(), 0, 'nothing made for lines below the level');
    assert.equal(bound, 0);
    log.warn({ attempt: 3 }, 'first');
    log.error('second');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(children(), 1, 'made once');
    assert.equal(bound, 1);
    assert.deepEqual(
      lines.map((l) => [l.msg, l.correlationId, l.conversation, l.attempt]),
      [
        ['first', 'c-1', 'abc123', 3],
        ['second', 'c-1', 'abc123', undefined],
      ],
    );
  });

  it("makes the turn's correlation id on its first read, the same for every later one, and one per turn", () => {
    const context = turnContextFor('ids');
    const state = turnStateOf(context);
    assert.ok(!Object.values(state).some((v) => typeof v === 'string'), 'no id made before it is read');
    const id = state.correlationId;
    assert.match(id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(turnStateOf(context).correlationId, id);
    assert.notEqual(turnStateOf(turnContextFor('ids')).correlationId, id, 'another turn, another id');
    state.correlationId = 'given';
    assert.equal(turnStateOf(context).correlationId, 'given');
  });

  it('reads the state without hashing it, and BotState still sees it (accessors, clear, commit)', async () => {
    const storage = new MemoryStorage();
    const state = new OptimisticConversationState(storage);
    const answers = state.createProperty<Record<string, string>>('answers');
    // botbuilder-core's storage module, the very one botbuilder's BotState calls.
    const module = require(require.resolve('botbuilder-core/lib/storage', { paths: [require.resolve('botbuilder')] })) as {
      calculateChangeHash: (item: unknown) => string;
    };
    const original = module.calculateChangeHash;
    let hashed = 0;
    module.calculateChangeHash = (item) => {
      hashed += 1;
      return original(item);
    };
    try {
      const first = turnContextFor('conv-1');
      await state.load(first);
      (await answers.get(first, {}))!.cloud = 'global';
      assert.equal(state.isChanged(first), true);
      assert.equal(await state.commit(first), true);

      const second = turnContextFor('conv-1');
      const loaded = await state.load(second);
      assert.deepEqual(await answers.get(second), { cloud: 'global' }, 'the accessor reads the state load() cached');
      assert.equal(await state.load(second), loaded, 'a second load in the turn is the cached state');
      assert.equal(state.isChanged(second), false);
      assert.equal(hashed, 0, 'no change hash computed');

      await state.clear(second);
      assert.equal(await state.commit(second, true), true);
      const third = turnContextFor('conv-1');
      assert.deepEqual(await answers.get(third), undefined, 'cleared');
    } finally {
      module.calculateChangeHash = original;
    }
  });

  it("gives property accessors that behave as botbuilder's own: a default copied onto the state, set and delete", async () => {
    // The same steps through botbuilder's accessor on its ConversationState and through ours.
    const run = async (state: ConversationState): Promise<unknown[]> => {
      const seen: unknown[] = [];
      const shared = { list: [1] };
      const context: TurnContext = turnContextFor('conv-a');
      const list = state.createProperty<{ list: number[] }>('list');
      const count = state.createProperty<number>('count');
      const absent = state.createProperty<string>('absent');
      seen.push(await absent.get(context));
      const got = await list.get(context, shared);
      got.list.push(2);
      seen.push(got, shared, await list.get(context, { list: [9] }));
      seen.push(await count.get(context, 0));
      await count.set(context, 5);
      seen.push(await count.get(context, 0));
      await count.delete(context);
      seen.push(await count.get(context), { ...(state.get(context) as object), eTag: undefined });
      await absent.delete(context);
      seen.push(await absent.get(context, ''));
      return seen;
    };
    const ours = new OptimisticConversationState(new MemoryStorage());
    const theirs = new ConversationState(new MemoryStorage());
    const accessor: StatePropertyAccessor<unknown> = ours.createProperty('any');
    assert.ok(!(accessor instanceof BotStatePropertyAccessor), "ours, not botbuilder's generator-driven one");
    assert.ok(theirs.createProperty('any') instanceof BotStatePropertyAccessor);
    const expected = await run(theirs);
    assert.deepEqual(expected.slice(0, 4), [undefined, { list: [1, 2] }, { list: [1] }, { list: [1, 2] }], 'the steps show what they should');
    assert.deepEqual(await run(ours), expected);
  });
});
