// BlobStateStorage against Azurite: BlobsStorage-compatible blobs, real eTag conditions (a second
// create and a stale write are conflicts), the new eTag written back, keys BlobsStorage would cut
// or choke on, and the health endpoints with reachable and unreachable storage.
import { strict as assert } from 'assert';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { MemoryStorage } from 'botbuilder';
import { Azurite, azurite } from '../support/azurite';
import { captureLogger, startInProcess } from '../support/inProcess';
import { createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { BlobStateStorage, blobNameFor } from '../../src/hosting/state/blobStorage';
import { StateConflictError } from '../../src/hosting/errors/turnErrors';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';

describe('Blob state storage (Azurite)', function () {
  this.timeout(60_000);
  let az: Azurite;

  before(async () => {
    az = await azurite();
  });

  it('creates its container when missing and reads and writes the same blobs as BlobsStorage', async () => {
    const container = az.container('compat');
    const ours = new BlobStateStorage(az.connectionString, container);
    await ours.ensureContainer();
    const theirs = new BlobsStorage(az.connectionString, container);
    await ours.write({ 'msteams/conversations/a:1/': { answers: { cloud: 'global' }, text: 'héllo 你好 𝄞', eTag: '*' } });
    const read = await theirs.read(['msteams/conversations/a:1/']);
    assert.deepEqual({ ...read['msteams/conversations/a:1/'], eTag: undefined }, { answers: { cloud: 'global' }, text: 'héllo 你好 𝄞', eTag: undefined });
    await theirs.write({ 'webchat/users/u/': { profile: { locale: 'ru-RU' } } });
    const back = await ours.read(['webchat/users/u/', 'missing/key/']);
    assert.deepEqual(Object.keys(back), ['webchat/users/u/']);
    assert.equal((back['webchat/users/u/'] as { profile: { locale: string } }).profile.locale, 'ru-RU');
  });

  it('creates only once, writes only over the version read, and reports the new eTag or a conflict', async () => {
    const storage = new BlobStateStorage(az.connectionString, az.container('etag'));
    const first = await storage.write('k', JSON.stringify({ n: 1 }), { createOnly: true });
    assert.ok('eTag' in first && first.eTag.length > 2, 'the new eTag is reported');
    assert.deepEqual(await storage.write('k', JSON.stringify({ n: 2 }), { createOnly: true }), { conflict: true }, 'a second create conflicts');
    const stored = (await storage.readItem('k'))!;
    assert.deepEqual([stored.eTag, stored.json, stored.state.n], [first.eTag, '{"n":1}', 1]);
    const next = await storage.write('k', JSON.stringify({ n: 3 }), { ifMatch: stored.eTag });
    assert.ok('eTag' in next && next.eTag !== first.eTag);
    assert.deepEqual(
      await storage.write('k', JSON.stringify({ n: 4 }), { ifMatch: stored.eTag }),
      { conflict: true },
      'a write over an older version conflicts',
    );
    assert.equal((await storage.read(['k'])).k!.n, 3);
    // botbuilder's batch write: the item's eTag is the condition, a failed one a typed error.
    await assert.rejects(storage.write({ k: { n: 6, eTag: first.eTag } }), StateConflictError);
    const batch = { n: 5, eTag: '*' };
    await storage.write({ k: batch });
    assert.equal((await storage.read(['k'])).k!.n, 5);
    assert.equal((await storage.readItem('k'))!.eTag, batch.eTag, 'the batch write reports the new eTag on the item');
    await storage.delete(['k', 'never-there']);
    assert.deepEqual(await storage.read(['k']), {});
  });

  it('gives keys BlobsStorage would truncate or reject blobs of their own', async () => {
    const storage = new BlobStateStorage(az.connectionString, az.container('keys'));
    const long1 = `msteams/conversations/${'é'.repeat(400)}1/`;
    const long2 = `msteams/conversations/${'é'.repeat(400)}2/`;
    assert.equal(sanitizeBlobKey(long1), sanitizeBlobKey(long2), 'BlobsStorage would put both in one blob');
    assert.notEqual(blobNameFor(long1), blobNameFor(long2));
    const lone = `webchat/users/${String.fromCharCode(0xd800)}/`;
    assert.throws(() => sanitizeBlobKey(lone));
    await storage.write({ [long1]: { v: 1 }, [long2]: { v: 2 }, [lone]: { v: 3 } });
    const read = await storage.read([long1, long2, lone]);
    assert.deepEqual([read[long1]!.v, read[long2]!.v, read[lone]!.v], [1, 2, 3]);
    assert.equal(blobNameFor('msteams/conversations/a:1/'), sanitizeBlobKey('msteams/conversations/a:1/'), 'ordinary keys keep BlobsStorage names');
  });

  it('serves /healthz always and /readyz only while the storage answers', async () => {
    const reachable = await startInProcess({ STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: az.container('ready') });
    const memory = await startInProcess({}, { storage: new MemoryStorage() });
    const deadStore = az.connectionString.replace(`:${az.port}/`, ':1/');
    const refused = await startInProcess({ STORAGE: 'blob', BLOB_CONNECTION_STRING: deadStore, BLOB_CONTAINER: 'advisor-state' }).catch(
      (error: unknown) => error as Error,
    );
    assert.ok(refused instanceof Error && /is unreachable \(ECONNREFUSED\)/.test(refused.message), 'start-up refuses an unreachable store');
    // The same app without the start-up check: it serves, but is not ready.
    const { logger, lines } = captureLogger();
    const down = createApp(loadConfig({ PORT: '0', STORAGE: 'blob', BLOB_CONNECTION_STRING: deadStore, BLOB_CONTAINER: 'advisor-state' }), { logger });
    const downBase = `http://127.0.0.1:${await down.listen()}`;
    try {
      for (const base of [reachable.base, memory.base, downBase]) assert.equal((await fetch(`${base}/healthz`)).status, 200);
      assert.equal((await fetch(`${reachable.base}/readyz`)).status, 200);
      assert.equal((await fetch(`${memory.base}/readyz`)).status, 200);
      // (A refused connection fails at once; the probe's deadline against a store that never
      // answers is test/hosting/lifecycle.test.ts's.)
      const res = await fetch(`${downBase}/readyz`);
      assert.equal(res.status, 503);
      assert.deepEqual(await res.json(), { status: 'not ready', reason: 'storage' });
      assert.ok(lines.some((l) => l.msg === 'state storage unreachable: not ready' && l.level === 40));
      // Draining (SIGTERM) turns readiness off at once.
      const drained = reachable.app.lifecycle.shutdown(5_000);
      assert.equal((await reachable.app.lifecycle.readiness()).reason, 'draining');
      assert.equal(await drained, true);
    } finally {
      await Promise.all([memory.stop(), down.close()]);
    }
  });
});
