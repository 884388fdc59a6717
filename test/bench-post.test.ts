// The load generator's POST survives the race every kept-alive client meets: the server closes an
// idle socket just as the client takes it again. Such a request is sent once more on a new socket;
// a reset on a fresh socket is the server's failure and fails the request.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { postJson } from '../bench/conversations';

/** A server that answers the first request on each socket and drops the socket on the next one. */
async function serverDroppingReusedSockets(dropFresh = false): Promise<{ url: URL; requests: () => number; close: () => Promise<void> }> {
  const seen = new WeakMap<Socket, number>();
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const n = (seen.get(req.socket) ?? 0) + 1;
    seen.set(req.socket, n);
    req.resume();
    req.on('end', () => {
      if (n > 1 || dropFresh) req.socket.destroy();
      else res.end(`answer ${requests}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/api/messages`),
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the benchmark load generator posts', () => {
  it('once more, on a new socket, when a kept-alive socket is reset before any answer', async () => {
    const server = await serverDroppingReusedSockets();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      assert.deepEqual(await postJson(server.url, '{}', agent), { status: 200, text: 'answer 1' });
      // The second request goes out on the kept-alive socket, which the server drops.
      assert.deepEqual(await postJson(server.url, '{}', agent), { status: 200, text: 'answer 3' });
      assert.equal(server.requests(), 3);
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it('fails when a fresh socket is reset: that is the server, not the race', async () => {
    const server = await serverDroppingReusedSockets(true);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await assert.rejects(postJson(server.url, '{}', agent), (err: NodeJS.ErrnoException) => err.code === 'ECONNRESET');
      assert.equal(server.requests(), 1);
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});
