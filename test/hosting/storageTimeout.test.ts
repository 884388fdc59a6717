import assert from 'node:assert/strict';
import * as net from 'node:net';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/hosting/state/storage';

/** A Blob endpoint that takes connections and never answers a byte, as one behind a dropped route. */
async function silentEndpoint(): Promise<{ port: number; accepted: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    accepted: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Blob state storage request timeout (BLOB_REQUEST_TIMEOUT_MS)', function () {
  // The upper bound is this limit, not an assertion on a clock: with 200 ms a try, an operation's
  // deadline is three tries and their delays (2.6 s). The default (17 s), a setting that no longer
  // reaches the storage, or a step of the read left without the deadline (the container's creation
  // was, and held the turn for good) outlasts it, and the test fails.
  this.timeout(12_000);

  it('gives a first read up on a storage that never answers, within the deadline the setting makes, instead of holding the turn', async () => {
    const endpoint = await silentEndpoint();
    try {
      const key = Buffer.from('not-a-secret-only-a-test-key').toString('base64');
      const config = loadConfig({
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://127.0.0.1:${endpoint.port}/devstoreaccount1;`,
        BLOB_CONTAINER: 'timeouts',
        BLOB_REQUEST_TIMEOUT_MS: '200',
      });
      const storage = createStorage(config);
      await assert.rejects(storage.read(['conversation/timeout-check']));
      // The storage was reached: the failure is its silence, not a refused address.
      assert.ok(endpoint.accepted() >= 1, `connections: ${endpoint.accepted()}`);
    } finally {
      await endpoint.close();
    }
  });
});
