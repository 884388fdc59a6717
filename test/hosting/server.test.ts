// The real HTTP surface on 127.0.0.1: health, bad input, a conversation, and authentication.
import { strict as assert } from 'assert';
import * as net from 'net';
import { Running, expectRepliesActivity, postJson, startApp } from '../support/http';
import { cardOf, resultOf } from '../support/chat';

interface Replies {
  activities: { attachments?: { contentType: string; content: unknown }[] }[];
}

describe('HTTP server', () => {
  let server: Running;
  before(async () => {
    server = await startApp();
  });
  after(async () => {
    await server.stop();
  });

  it('reports health', async () => {
    const res = await fetch(`${server.base}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await postJson(`${server.base}/api/messages`, '{"type": "message",');
    assert.equal(res.status, 400);
  });

  it('rejects a body that is not an activity with 400 and says why', async () => {
    for (const body of ['[]', '{}', '{"type":"message"}', '"text"', '{"type":"message","conversation":{"id":"c"},"serviceUrl":"http://x","text":42}']) {
      const res = await postJson(`${server.base}/api/messages`, body);
      assert.equal(res.status, 400, body);
      assert.match((res.json as { message: string }).message, /activity|text/i);
    }
  });

  it('rejects a body over the limit with 413', async () => {
    const res = await postJson(`${server.base}/api/messages`, expectRepliesActivity('big', { text: 'x'.repeat(300 * 1024) }));
    assert.equal(res.status, 413);
  });

  /**
   * A client that sends a refused body after the answer came back, as a slow uploader does: the
   * request's head, then (once the answer is in) `bodyBytes` in 64 KB pieces. Resolves with the
   * answer's status line and headers, whether writing the body failed, and the socket (still open
   * or not) for a next request.
   */
  async function refusedUpload(
    headers: string,
    bodyBytes: number,
    chunked = false,
    expectClose = false,
  ): Promise<{ head: string; writeError?: string; closedByServer: boolean; socket: net.Socket }> {
    const { hostname, port } = new URL(server.base);
    const socket = net.connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    let closedByServer = false;
    let writeError: string | undefined;
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('end', () => (closedByServer = true));
    socket.on('error', (e: NodeJS.ErrnoException) => (writeError = e.code ?? e.message));
    socket.write(
      `POST /api/messages HTTP/1.1\r\nHost: localhost\r\n${headers}${chunked ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${bodyBytes}\r\n`}\r\n`,
    );
    for (let waited = 0; !received.includes('\r\n\r\n') && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    const piece = Buffer.alloc(64 * 1024, 0x41);
    for (let sent = 0; sent < bodyBytes && writeError === undefined && !socket.destroyed; sent += piece.length) {
      const data = chunked
        ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
        : piece.subarray(0, Math.min(piece.length, bodyBytes - sent));
      if (!socket.write(data)) await new Promise((r) => setTimeout(r, 5));
    }
    if (chunked && !socket.destroyed && writeError === undefined) socket.write('0\r\n\r\n');
    // A close the test expects is waited for; a connection kept is proved by the next request
    // served on the same socket, not by a sleep.
    for (let waited = 0; expectClose && !closedByServer && writeError === undefined && !socket.destroyed && waited < 5_000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    return { head: received.split('\r\n\r\n')[0] ?? '', writeError, closedByServer, socket };
  }

  it('reads and throws away the rest of a small refused body, so a client still sending reads the answer and can ask again', async () => {
    const upload = await refusedUpload('Content-Type: multipart/form-data; boundary=x\r\n', 2 * 1024 * 1024);
    assert.match(upload.head, /^HTTP\/1\.1 415 /);
    assert.equal(upload.writeError, undefined, 'the body was written to its end');
    assert.equal(upload.closedByServer, false, 'the connection stays open');
    assert.doesNotMatch(upload.head, /connection: close/i);
    // The same connection serves the next request.
    const next = new Promise<string>((resolve) => {
      let text = '';
      upload.socket.on('data', (d: Buffer) => {
        text += d.toString('latin1');
        if (text.includes('"ok"')) resolve(text);
      });
    });
    upload.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    assert.match(await next, /^HTTP\/1\.1 200 /);
    upload.socket.destroy();
  });

  it('closes the connection after refusing a body declared, or found, larger than it will throw away', async () => {
    const declared = await refusedUpload('Content-Type: text/plain\r\n', 20 * 1024 * 1024, false, true);
    assert.match(declared.head, /^HTTP\/1\.1 415 /);
    assert.match(declared.head, /connection: close/i);
    assert.ok(declared.closedByServer || declared.writeError !== undefined, 'the server closed the connection');
    declared.socket.destroy();
    const chunked = await refusedUpload('Content-Type: text/plain\r\n', 6 * 1024 * 1024, true, true);
    assert.match(chunked.head, /^HTTP\/1\.1 415 /);
    assert.ok(chunked.socket.destroyed || chunked.closedByServer || chunked.writeError !== undefined, 'the server cut the endless body');
    chunked.socket.destroy();
    assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  });

  it('closes at once when a refused body it was throwing away ends after the close began', async () => {
    // Without closing connections as they fall idle, this one would stay open for the keep-alive
    // timeout (an hour here), and the test would run out of its time instead of passing.
    const own = await startApp({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '3600000' });
    const { hostname, port } = new URL(own.base);
    const socket = net.connect({ port: Number(port), host: hostname });
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('error', () => undefined);
    const body = 1024 * 1024;
    socket.write(`POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: ${body}\r\n\r\n`);
    for (let waited = 0; !received.includes('\r\n\r\n') && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    assert.match(received, /^HTTP\/1\.1 415 /);
    // The close begins while the connection is still busy with the request's body.
    const closed = own.stop();
    socket.write(Buffer.alloc(body, 0x41));
    await closed;
    socket.destroy();
  });

  it('holds a whole conversation over HTTP and answers with cards', async () => {
    const conversation = `http-${Date.now()}`;
    let res = await postJson(`${server.base}/api/messages`, expectRepliesActivity(conversation, { text: 'hello' }));
    assert.equal(res.status, 200);
    for (const answer of ['commercial', 'EA', 'Azure', 'direct']) {
      res = await postJson(`${server.base}/api/messages`, expectRepliesActivity(conversation, { text: answer }));
      assert.equal(res.status, 200);
    }
    const activities = (res.json as Replies).activities;
    const card = cardOf(activities[activities.length - 1] as never)!;
    assert.deepEqual(resultOf(card), { verdict: 'eligible', row: 'G3' });
  });

  it('answers in JSON with its exact length, and in JSON when it refuses', async () => {
    const answered = await fetch(`${server.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(expectRepliesActivity(`json-${Date.now()}`, { text: 'hello' })),
    });
    assert.equal(answered.status, 200);
    assert.match(answered.headers.get('content-type') ?? '', /^application\/json/);
    const bytes = Buffer.from(await answered.arrayBuffer());
    assert.equal(Number(answered.headers.get('content-length')), bytes.length);
    assert.ok((JSON.parse(bytes.toString('utf8')) as Replies).activities.length > 0);
    const refused = await postJson(`${server.base}/api/messages`, '[]');
    assert.equal(refused.status, 400);
    assert.equal((refused.json as { code: string }).code, 'BadRequest');
  });

  it('returns replies without ids under expectReplies and stores no stand-in id for them', async () => {
    const conversation = `ids-${Date.now()}`;
    for (const text of ['hello', 'commercial']) {
      const res = await postJson(`${server.base}/api/messages`, expectRepliesActivity(conversation, { text }));
      assert.equal(res.status, 200);
      const activities = (res.json as { activities: { id?: unknown }[] }).activities;
      assert.ok(activities.length > 0);
      assert.ok(
        activities.every((a) => a.id === undefined),
        'no reply id: the channel assigns none in this mode',
      );
    }
    const key = `webchat/conversations/${conversation}/`;
    const stored = JSON.stringify((await server.app.storage.read([key]))[key]);
    assert.match(stored, /"answers":\{"cloud":"global"\}/);
    assert.doesNotMatch(stored, /pending-reply:/);
    assert.equal(server.app.turns.stats.conflictsRetried, 0);
  });

  it('serves the messages route alike however it is reached: with a query, after a 100 Continue (through restify), and GET refused', async () => {
    const queried = await postJson(`${server.base}/api/messages?trace=1`, expectRepliesActivity(`query-${Date.now()}`, { text: 'hello' }));
    assert.equal(queried.status, 200);
    assert.ok((queried.json as Replies).activities.length > 0);

    const body = JSON.stringify(expectRepliesActivity(`continue-${Date.now()}`, { text: 'hello' }));
    const socket = net.connect(Number(new URL(server.base).port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.write(
      `POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    for (let waited = 0; !received.includes('\r\n\r\n') && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.match(received, /^HTTP\/1\.1 100 Continue/);
    socket.write(body);
    for (let waited = 0; !/HTTP\/1\.1 200 [\s\S]*"activities"/.test(received) && waited < 5000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    socket.destroy();
    assert.match(received, /HTTP\/1\.1 200 [\s\S]*"activities":\[\{/);

    const got = await fetch(`${server.base}/api/messages`);
    assert.equal(got.status, 405);
  });

  it('keeps serving after hostile input', async () => {
    await postJson(`${server.base}/api/messages`, '\u0000\u0001garbage');
    await postJson(`${server.base}/api/messages`, expectRepliesActivity('hostile', { type: 'x'.repeat(100), text: 'hi' }));
    await postJson(`${server.base}/api/messages`, expectRepliesActivity('hostile', { value: { __proto__: { admin: true } } }));
    const res = await fetch(`${server.base}/healthz`);
    assert.equal(res.status, 200);
  });
});

describe('HTTP server with a Bot Framework registration', () => {
  let server: Running;
  before(async () => {
    server = await startApp({
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
    });
  });
  after(async () => {
    await server.stop();
  });

  it('refuses an unsigned request with 401', async () => {
    const activity = expectRepliesActivity('auth', { text: 'hello' });
    const res = await postJson(`${server.base}/api/messages`, activity);
    assert.equal(res.status, 401);
    const forged = await postJson(`${server.base}/api/messages`, activity, { authorization: 'Bearer not.a.token' });
    assert.equal(forged.status, 401);
  });
});
