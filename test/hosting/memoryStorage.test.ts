// The embedded default's state storage (src/hosting/state/memoryStorage.ts): MemoryStorage's rules
// for botbuilder's batch write, the typed conditional write (create-only, if-match, the new eTag
// or a conflict), and the stored JSON text shared with the turn's state so neither side
// serialises a state twice.
import { strict as assert } from 'assert';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
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
    const created = await storage.write('k', '{"n":1}', { createOnly: true });
    assert.ok('eTag' in created);
    assert.deepEqual(await storage.write('k', '{"n":2}', { createOnly: true }), { conflict: true });
    const read = (await storage.readItem('k'))!;
    assert.deepEqual([read.eTag, read.json], [created.eTag, '{"n":1}']);
    const third = await storage.write('k', '{"n":3}', { ifMatch: read.eTag });
    assert.ok('eTag' in third && third.eTag !== read.eTag);
    assert.deepEqual(await storage.write('k', '{"n":4}', { ifMatch: read.eTag }), { conflict: true }, 'a stale eTag conflicts');
    assert.deepEqual(await storage.write('absent', '{"n":4}', { ifMatch: read.eTag }), { conflict: true }, 'if-match needs the item');
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
