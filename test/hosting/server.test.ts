// The real HTTP surface on 127.0.0.1: health, bad input, a conversation, and authentication.
import { strict as assert } from 'assert';
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
