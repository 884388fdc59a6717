// State bounded in bytes (docs/production.md, "Reliability under test"): ten members of one group
// chat could put 2 MB into one entry of the in-memory state, which was bounded by count only.
//   - in memory: all entries together within MEMORY_STATE_MAX_BYTES, the least recently used going
//     first; one entry over STATE_MAX_ENTRY_BYTES refused, nothing written;
//   - in Blob: an entry over its limit refused before any request reaches the storage, a batch
//     with one such entry writing none of its entries;
//   - the turn that would write it is answered as a failed turn, logged with the error's name.
import { strict as assert } from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { BlobStateStorage } from '../../src/hosting/state/blobStorage';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { StateEntryTooLargeError } from '../../src/hosting/state/stateStorage';
import { HttpChat } from '../support/httpChat';
import { startInProcess } from '../support/inProcess';

const KB = 1024;
/** A conversation's state as a hostile group chat grows it: `kb` kilobytes of JSON. */
const stateOf = (kb: number): string => JSON.stringify({ members: 'm'.repeat(kb * KB) });

describe('State bounded in bytes: memory', () => {
  it('keeps all entries within their bytes, the least recently used going first', async () => {
    const storage = new InMemoryStateStorage(new Map(), { maxEntries: 20_000, idleMs: Infinity, maxBytes: 1024 * KB, maxEntryBytes: 128 * KB });
    // 200 entries of 40 KB of text each (about 80 KB as counted): far fewer than the count allows.
    for (let i = 0; i < 200; i += 1) {
      assert.ok('eTag' in (await storage.write(`c${i}`, stateOf(40), { createOnly: true })));
      // The first entry is read on every turn: the most recently used, it is never the one to go.
      assert.ok(await storage.readItem('c0'), `c0 kept after ${i + 1} writes`);
    }
    assert.ok(storage.bytes <= 1024 * KB, `holds ${storage.bytes} bytes`);
    assert.ok(storage.items.size >= 10 && storage.items.size <= 13, `${storage.items.size} entries kept`);
    assert.ok(await storage.readItem('c199'), 'the newest is kept');
    assert.equal(await storage.readItem('c1'), undefined, 'an old one unused since went first');
    assert.equal(storage.evicted, 200 - storage.items.size);
  });

  it('refuses one entry over its limit with a typed error and keeps what was there', async () => {
    const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: Infinity, maxEntryBytes: 256 * KB });
    const first = await storage.write('group', stateOf(10), { createOnly: true });
    assert.ok('eTag' in first);
    await assert.rejects(
      storage.write('group', stateOf(1024), { ifMatch: first.eTag }),
      (e: unknown) => e instanceof StateEntryTooLargeError && e.maxBytes === 256 * KB && e.bytes > 2 * 1024 * KB,
    );
    assert.equal((await storage.readItem('group'))!.json, stateOf(10), 'the earlier version stands');
    // botbuilder's batch write: one entry too large and none of the batch is written.
    await assert.rejects(storage.write({ a: { n: 1 }, b: { members: 'm'.repeat(200 * KB) } }), StateEntryTooLargeError);
    assert.equal(await storage.readItem('a'), undefined);
    assert.ok(storage.bytes < 30 * KB, `holds ${storage.bytes} bytes`);
  });
});

describe('State bounded in bytes: Blob', () => {
  let server: http.Server;
  let requests = 0;
  let connectionString: string;

  before(async () => {
    // A storage endpoint that only counts: nothing may reach it.
    server = http.createServer((_req, res) => {
      requests += 1;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const key = Buffer.from('not-a-real-key-for-a-counting-stub').toString('base64');
    connectionString = `DefaultEndpointsProtocol=http;AccountName=stub;AccountKey=${key};BlobEndpoint=http://127.0.0.1:${port}/stub;`;
  });
  after(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses an entry over its limit before any request, in a conditional write and in a batch', async () => {
    const storage = new BlobStateStorage(connectionString, 'state', { maxEntryBytes: 64 * KB, maxTries: 1 });
    await assert.rejects(
      storage.write('conversation', stateOf(100), { createOnly: true }),
      (e: unknown) => e instanceof StateEntryTooLargeError && e.maxBytes === 64 * KB,
    );
    // Three characters of UTF-8 each: 30,000 of them are 90 KB, over 64 KB, though the string is shorter.
    await assert.rejects(storage.write('conversation', JSON.stringify({ t: '\u4e2d'.repeat(30_000) }), { createOnly: true }), StateEntryTooLargeError);
    await assert.rejects(storage.write({ small: { n: 1 }, large: { members: 'm'.repeat(100 * KB) } }), StateEntryTooLargeError);
    assert.equal(requests, 0, 'nothing was sent to the storage');
  });
});

describe('State bounded in bytes: the turn', function () {
  this.timeout(30_000);

  it('answers a turn whose state would be over its limit as a failed turn, logged with the typed error', async () => {
    // An entry limit below what any conversation writes on its first turn.
    const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: Infinity, maxEntryBytes: 200 });
    const bot = await startInProcess({}, { storage, logLevel: 'info' });
    try {
      const chat = new HttpChat(bot.base, 'too-large');
      const turn = await chat.say('hello');
      assert.equal(turn.status, 200);
      const texts = JSON.stringify(turn.replies);
      assert.ok(texts.includes('something went wrong on my side'), texts.slice(0, 500));
      const failed = bot.lines.find((l) => l.msg === 'turn failed');
      assert.ok(failed, 'the failure is logged');
      assert.equal((failed.err as { name?: string }).name, 'StateEntryTooLargeError');
      // What is kept is the conversation the failure policy cleared ({}), nothing of the refused write.
      assert.deepEqual(
        [...storage.items.values()].map((e) => e.text),
        [...storage.items.values()].map(() => '{}'),
      );
    } finally {
      await bot.stop();
    }
  });
});
