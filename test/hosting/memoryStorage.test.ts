// The embedded default's state storage (src/hosting/state/memoryStorage.ts): MemoryStorage's rules,
// the blob storage's create-only writes and reported eTags, and the stored JSON text shared with
// the turn's state so neither side serialises a state twice.
import { strict as assert } from 'assert';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { NEW_ITEM_ETAG } from '../../src/hosting/state/optimisticState';
import { StateConflictError } from '../../src/hosting/errors/turnErrors';
import { answersState, turnContextFor } from '../support/turnContext';

describe('In-memory state storage', () => {
  it('hands out a fresh copy on every read, with the eTag of the stored version', async () => {
    const storage = new InMemoryStateStorage();
    const item = { answers: { cloud: 'global' }, eTag: '*' };
    await storage.write({ k: item });
    assert.equal(typeof item.eTag, 'string');
    assert.notEqual(item.eTag, '*', 'the new eTag is written back onto the item');
    const first = (await storage.read(['k'])).k as typeof item;
    first.answers.cloud = 'changed';
    const second = (await storage.read(['k'])).k as typeof item;
    assert.deepEqual(second, { answers: { cloud: 'global' }, eTag: item.eTag });
    assert.deepEqual(await storage.read(['missing']), {});
    await storage.delete(['k']);
    assert.deepEqual(await storage.read(['k']), {});
  });

  it('writes over the eTag read, refuses a stale one or a second create, and writes a batch whole or not at all', async () => {
    const storage = new InMemoryStateStorage();
    const created = { n: 1, eTag: NEW_ITEM_ETAG };
    await storage.write({ k: created });
    await assert.rejects(storage.write({ k: { n: 2, eTag: NEW_ITEM_ETAG } }), StateConflictError);
    const read = (await storage.read(['k'])).k as { n: number; eTag: string };
    assert.equal(read.eTag, created.eTag);
    await storage.write({ k: { n: 3, eTag: read.eTag } });
    await assert.rejects(storage.write({ other: { n: 9 }, k: { n: 4, eTag: read.eTag } }), StateConflictError);
    assert.deepEqual(await storage.read(['other']), {}, 'nothing of the refused batch was written');
    await storage.write({ k: { n: 5, eTag: '*' } });
    await storage.write({ k: { n: 6 } });
    await storage.write({ gone: { n: 7, eTag: 'an-old-etag' } });
    assert.deepEqual(Object.fromEntries(Object.entries(await storage.read(['k', 'gone'])).map(([key, v]) => [key, (v as { n: number }).n])), { k: 6, gone: 7 });
  });

  it('shares the JSON text with the turn: a state is serialised once per turn, not at its read nor at its write', async () => {
    const storage = new InMemoryStateStorage();
    const { state, answers, answeredTurn } = answersState(storage);
    const first = await answeredTurn('c');
    await state.commit(first);

    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      calls += 1;
      return stringify(...args);
    }) as typeof JSON.stringify;
    let wrote: boolean;
    const second = turnContextFor('c');
    try {
      (await answers.get(second))!.channel = 'direct';
      wrote = await state.commit(second);
    } finally {
      JSON.stringify = stringify;
    }
    assert.equal(wrote, true);
    assert.equal(calls, 1, 'only commit() serialised the state, once');
    const kept = storage.items.get([...storage.items.keys()][0]!)!;
    assert.deepEqual(JSON.parse(kept.text), { answers: { cloud: 'global', channel: 'direct' } });
    const third = turnContextFor('c');
    await state.load(third);
    assert.equal(await state.commit(third), false, 'an unchanged state read afresh is not written again');
  });
});
