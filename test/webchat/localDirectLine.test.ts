// The local Direct Line: the Direct Line 3.0 calls Web Chat makes, checked over HTTP against the
// real app (and, for the bot's side and expiry, against the routes with a stand-in bot).
import { strict as assert } from 'assert';
import { createHmac } from 'crypto';
import * as restify from 'restify';
import { AddressInfo } from 'net';
import pino from 'pino';
import { ConnectorClient } from 'botframework-connector';
import { Activity } from 'botbuilder';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { LocalDirectLine } from '../../src/hosting/directline/localDirectLine';
import { PAGE_SIZE } from '../../src/protocols/directline/localDirectLineRules';
import { MAX_CLIENT_VALUES, registerLocalDirectLine } from '../../src/hosting/directline/routes';
import { BotBridge } from '../../src/hosting/directline/botBridge';
import { loopbackServiceUrl } from '../../src/hosting/webchat';
import { postJson } from '../support/http';
import { LocalDirectLineSettings, parseWebChatSettings } from '../../src/config/webChatSettings';

const USER = 'dl_localdirectline_test_user';

/** The defaults (as with no setting) with some changed. */
function localSettings(changes: Partial<LocalDirectLineSettings>): LocalDirectLineSettings {
  const defaults = parseWebChatSettings({}, (message) => {
    throw new Error(message);
  }).local;
  return { ...defaults, ...changes };
}

type Json = Record<string, unknown>;
interface ActivitySet {
  activities: Json[];
  watermark: string;
}

async function getJson(url: string, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** A token and a started conversation, as Web Chat would have them. */
async function open(base: string, locale = 'en-US'): Promise<{ token: string; id: string }> {
  const issued = await postJson(`${base}/api/directline/token`, { userId: USER, locale });
  assert.equal(issued.status, 200, issued.text);
  const { token, conversationId } = issued.json as { token: string; conversationId: string };
  const started = await postJson(`${base}/v3/directline/conversations`, { locale }, { authorization: `Bearer ${token}` });
  assert.equal(started.status, 201, JSON.stringify(started.json));
  return { token, id: conversationId };
}

function cardIds(activity: Json): string[] {
  const attachments = (activity.attachments ?? []) as { content?: { body?: { id?: string }[] } }[];
  return attachments.flatMap((a) => (a.content?.body ?? []).map((e) => e.id ?? '')).filter(Boolean);
}

describe('local Direct Line (real app)', function () {
  this.timeout(20_000);
  let app: App;
  let base: string;

  before(async () => {
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DIRECT_LINE_LOCAL_MAX_BODY_BYTES: '2048', WEBCHAT_TOKEN_RATE_LIMIT: '1000' }));
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  after(() => app.close());

  it('starts with conversationUpdate so the bot welcomes the user and asks the first question', async () => {
    const { token, id } = await open(base);
    const first = (await getJson(`${base}/v3/directline/conversations/${id}/activities?watermark=`, token)).json as ActivitySet;
    assert.equal(first.activities.length, 2);
    assert.ok(cardIds(first.activities[0]!).includes('welcome'));
    assert.ok(cardIds(first.activities[1]!).includes('prompt-cloud'));
    for (const a of first.activities) {
      assert.deepEqual(a.from, { id: 'multichannel-advisor', name: 'Multi-channel Advisor', role: 'bot' });
      assert.deepEqual(a.conversation, { id });
      assert.equal(a.serviceUrl, undefined, 'the connector address stays on the server');
    }
  });

  it("echoes the user, delivers the bot's answers, and pages with the watermark so each activity comes once", async () => {
    const { token, id } = await open(base);
    const url = (w: string): string => `${base}/v3/directline/conversations/${id}/activities?watermark=${w}`;
    const seen: string[] = [];
    let page = (await getJson(url(''), token)).json as ActivitySet;
    seen.push(...page.activities.map((a) => a.id as string));
    const again = (await getJson(url(page.watermark), token)).json as ActivitySet;
    assert.deepEqual(again.activities, [], 'nothing new');
    assert.equal(again.watermark, page.watermark);

    const posted = await postJson(
      `${base}/v3/directline/conversations/${id}/activities`,
      { type: 'message', text: 'commercial cloud', locale: 'en-US', from: { id: 'someone-else' }, channelData: { clientActivityID: 'client-1' } },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(posted.status, 200);
    const postedId = (posted.json as { id: string }).id;
    page = (await getJson(url(page.watermark), token)).json as ActivitySet;
    seen.push(...page.activities.map((a) => a.id as string));
    const echo = page.activities[0]!;
    assert.equal(echo.id, postedId);
    assert.equal(echo.text, 'commercial cloud');
    // The token endpoint took no user id from the client: the user is the one its cookie bound.
    const from = echo.from as { id: string; role: string };
    assert.deepEqual(Object.keys(from).sort(), ['id', 'role']);
    assert.equal(from.role, 'user');
    assert.match(from.id, /^dl_[A-Za-z0-9_-]{43}$/, "the user is the token's, not whatever the client claims");
    assert.ok(from.id !== USER && from.id !== 'someone-else');
    assert.deepEqual(echo.channelData, { clientActivityID: 'client-1' }, 'Web Chat matches its echo by clientActivityID');
    assert.ok(
      page.activities.slice(1).some((a) => cardIds(a).includes('prompt-channel')),
      'the bot moved on to the next question',
    );

    assert.equal(new Set(seen).size, seen.length, `an activity came twice: ${seen.join(', ')}`);
    const all = (await getJson(url(''), token)).json as ActivitySet;
    assert.deepEqual(
      all.activities.map((a) => a.id),
      seen,
      'paging gave every activity, in order',
    );
  });

  it('answers 404 for a conversation it does not know', async () => {
    const { token } = await open(base);
    for (const id of ['no-such-conversation', 'AAAAAAAAAAAAAAAAAAAAAAAA']) {
      assert.equal((await getJson(`${base}/v3/directline/conversations/${id}/activities`, token)).status, 404);
      assert.equal(
        (await postJson(`${base}/v3/directline/conversations/${id}/activities`, { type: 'message', text: 'hi' }, { authorization: `Bearer ${token}` })).status,
        404,
      );
    }
  });

  it('refuses a missing token with 401 and a wrong one with 403', async () => {
    const { token, id } = await open(base);
    const other = await open(base);
    const url = `${base}/v3/directline/conversations/${id}/activities`;
    assert.equal((await getJson(url)).status, 401);
    assert.equal((await getJson(url, 'not-a-token-but-long-enough-to-look-like-one')).status, 403);
    assert.equal((await getJson(url, other.token)).status, 403, 'a token opens only its own conversation');
    assert.equal((await getJson(url, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).status, 403);
    assert.equal((await postJson(url, { type: 'message', text: 'hi' }, { authorization: `Bearer ${other.token}` })).status, 403);
    assert.equal((await postJson(`${base}/v3/directline/conversations`, {}, { authorization: 'Bearer forged-token-forged-token-forged' })).status, 403);
    assert.equal((await postJson(`${base}/v3/directline/tokens/refresh`, {})).status, 401);
  });

  it('refreshes a token to the same token for the same conversation', async () => {
    const { token, id } = await open(base);
    const refreshed = await postJson(`${base}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${token}` });
    assert.equal(refreshed.status, 200);
    assert.equal((refreshed.json as Json).token, token);
    assert.equal((refreshed.json as Json).conversationId, id);
  });

  // Web Chat's sign-in card asks for it (botframework-directlinejs getSessionId reads `sessionId`; the
  // Direct Line API's SessionApi: GET /v3/directline/session/getsessionid); without it the page logs a 404.
  it('answers the session id for a valid token, the same for one conversation, and refuses without one', async () => {
    const { token } = await open(base);
    const url = `${base}/v3/directline/session/getsessionid`;
    const first = await getJson(url, token);
    assert.equal(first.status, 200);
    const sessionId = (first.json as Json).sessionId;
    assert.equal(typeof sessionId, 'string');
    assert.ok((sessionId as string).length >= 16);
    assert.ok(!(sessionId as string).includes(token), 'the session id says nothing of the token');
    assert.equal(((await getJson(url, token)).json as Json).sessionId, sessionId);
    const other = await open(base);
    assert.notEqual(((await getJson(url, other.token)).json as Json).sessionId, sessionId);
    assert.equal((await getJson(url)).status, 401);
    assert.equal((await getJson(url, 'forged-token-forged-token-forged')).status, 403);
  });

  it('refuses a body over the limit with 413', async () => {
    const { token, id } = await open(base);
    const res = await postJson(
      `${base}/v3/directline/conversations/${id}/activities`,
      { type: 'message', text: 'x'.repeat(4000) },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(res.status, 413);
  });

  it('refuses activities that are not message, event or typing', async () => {
    const { token, id } = await open(base);
    for (const body of [{ type: 'conversationUpdate', membersAdded: [] }, { text: 'no type' }, [1, 2]]) {
      const res = await postJson(`${base}/v3/directline/conversations/${id}/activities`, body, { authorization: `Bearer ${token}` });
      assert.equal(res.status, 400, JSON.stringify(body));
    }
  });

  it('answers a card submit like Teams does', async () => {
    const { token, id } = await open(base);
    const page = (await getJson(`${base}/v3/directline/conversations/${id}/activities`, token)).json as ActivitySet;
    const question = page.activities[1]!;
    const actions = (question.attachments as { content: { actions: { data: Json }[] } }[])[0]!.content.actions;
    const submit = { ...actions[0]!.data, cloud: 'china' };
    await postJson(
      `${base}/v3/directline/conversations/${id}/activities`,
      { type: 'message', value: submit, channelData: { postBack: true } },
      { authorization: `Bearer ${token}` },
    );
    const next = (await getJson(`${base}/v3/directline/conversations/${id}/activities?watermark=${page.watermark}`, token)).json as ActivitySet;
    const card = next.activities.find((a) => cardIds(a).includes('prompt-channel'));
    assert.ok(card, 'the next question');
    assert.match(JSON.stringify(card), /21Vianet/, 'with the channels of the cloud picked on the card');
  });

  it('refuses new conversations with 503 when full', async () => {
    const small = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DIRECT_LINE_LOCAL_MAX_CONVERSATIONS: '2' }));
    const smallBase = `http://127.0.0.1:${await small.listen()}`;
    try {
      assert.equal((await postJson(`${smallBase}/api/directline/token`, { userId: USER })).status, 200);
      assert.equal((await postJson(`${smallBase}/api/directline/token`, { userId: USER })).status, 200);
      const full = await postJson(`${smallBase}/api/directline/token`, { userId: USER });
      assert.equal(full.status, 503);
    } finally {
      await small.close();
    }
  });
});

describe('local Direct Line (routes with a stand-in bot)', function () {
  this.timeout(20_000);
  const KEY = 'test-connector-key-0123456789';
  let now = 1_700_000_000_000;
  let store: LocalDirectLine;
  let server: restify.Server;
  let base: string;
  const delivered: Json[] = [];
  /** What the stand-in bot does with an activity, through the real ConnectorClient. */
  let behaviour: (activity: Json, client: ConnectorClient) => Promise<void> = async () => undefined;

  before(async () => {
    store = new LocalDirectLine(
      localSettings({ idleMinutes: 10, maxConversations: 10, maxActivities: 50, maxBodyBytes: 4096, maxPostBytesPerMinute: 16 * 1024 }),
      () => now,
    );
    server = restify.createServer();
    server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false }));
    const credentials = { signRequest: async (r: { headers: { set(n: string, v: string): void } }) => (r.headers.set('authorization', `Bearer ${KEY}`), r) };
    const bridge: BotBridge = {
      deliver: async (activity) => {
        delivered.push(activity as Json);
        await behaviour(activity as Json, new ConnectorClient(credentials as never, { baseUri: (activity as Activity).serviceUrl }));
      },
    };
    registerLocalDirectLine(server, {
      store,
      bridge,
      logger: pino({ level: 'silent' }),
      bot: { id: 'bot', name: 'Bot', role: 'bot' },
      serviceUrl: () => loopbackServiceUrl(server),
      connectorKey: KEY,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    delivered.length = 0;
    behaviour = async () => undefined;
  });

  async function started(locale = 'hu-HU'): Promise<{ token: string; id: string }> {
    const issued = store.issue(USER, 'en-US')!;
    const res = await postJson(`${base}/v3/directline/conversations`, { user: { id: USER }, locale }, { authorization: `Bearer ${issued.token}` });
    assert.equal(res.status, 201);
    return { token: issued.token, id: issued.conversationId };
  }

  it("sends conversationUpdate with the bot and the user added, once, in the page's locale", async () => {
    const { token, id } = await started('hu-HU');
    await postJson(`${base}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
    assert.equal(delivered.length, 1, 'starting twice does not welcome twice');
    const update = delivered[0]!;
    assert.equal(update.type, 'conversationUpdate');
    assert.deepEqual(update.membersAdded, [
      { id: 'bot', name: 'Bot', role: 'bot' },
      { id: USER, role: 'user' },
    ]);
    assert.deepEqual(update.recipient, { id: 'bot', name: 'Bot', role: 'bot' });
    assert.deepEqual(update.conversation, { id });
    assert.equal(update.locale, 'hu-HU');
    assert.equal(update.channelId, 'directline');
    assert.match(String(update.serviceUrl), /^http:\/\/127\.0\.0\.1:\d+\/local-connector\/$/);
  });

  it('lets the bot replace a card it sent (updateActivity), and the client sees the new version once', async () => {
    behaviour = async (activity, client) => {
      if (activity.type !== 'message') return;
      const conversation = (activity.conversation as { id: string }).id;
      const sent = await client.conversations.replyToActivity(conversation, activity.id as string, { type: 'message', text: 'question card' } as Activity);
      await client.conversations.updateActivity(conversation, sent.id, { type: 'message', text: 'answered receipt', id: sent.id } as Activity);
    };
    const { token, id } = await started();
    const url = (w: string): string => `${base}/v3/directline/conversations/${id}/activities?watermark=${w}`;
    const before = (await getJson(url(''), token)).json as ActivitySet;
    await postJson(`${base}/v3/directline/conversations/${id}/activities`, { type: 'message', text: 'go' }, { authorization: `Bearer ${token}` });
    const after = (await getJson(url(before.watermark), token)).json as ActivitySet;
    const texts = after.activities.map((a) => a.text);
    assert.deepEqual(texts, ['go', 'answered receipt'], 'the replaced version only, once');
    const all = (await getJson(url(''), token)).json as ActivitySet;
    assert.equal(all.activities.filter((a) => a.text === 'question card').length, 0);
    const receipt = after.activities[1]!;
    assert.deepEqual(receipt.from, { id: 'bot', name: 'Bot', role: 'bot' });
  });

  it("the session id is the conversation id's keyed hash with the connector key, as it was with the key imported on each call", async () => {
    const { token, id } = await started();
    const sessionId = ((await getJson(`${base}/v3/directline/session/getsessionid`, token)).json as Json).sessionId;
    assert.equal(sessionId, createHmac('sha256', KEY).update(id).digest('base64url'));
  });

  it('keeps the connector for the bot alone', async () => {
    const { id } = await started();
    const url = `${base}/local-connector/v3/conversations/${id}/activities`;
    assert.equal((await postJson(url, { type: 'message', text: 'forged' })).status, 401);
    assert.equal((await postJson(url, { type: 'message', text: 'forged' }, { authorization: 'Bearer wrong-key' })).status, 401);
    assert.equal((await postJson(url, { type: 'message', text: 'real' }, { authorization: `Bearer ${KEY}` })).status, 200);
    assert.equal(
      (await postJson(`${base}/local-connector/v3/conversations/nope/activities`, { type: 'message' }, { authorization: `Bearer ${KEY}` })).status,
      404,
    );
  });

  it('drops a conversation after it has been idle too long', async () => {
    const { token, id } = await started();
    const url = `${base}/v3/directline/conversations/${id}/activities`;
    now += 9 * 60_000;
    assert.equal((await getJson(url, token)).status, 200, 'polling alone does not keep it alive…');
    now += 60_000;
    assert.equal((await getJson(url, token)).status, 404, '…so it ends 10 idle minutes after the last message');
    assert.equal((await postJson(`${base}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${token}` })).status, 403, 'its token is gone too');
    assert.equal(store.find(id), undefined);
  });

  it('keeps a conversation alive while the user writes', async () => {
    const { token, id } = await started();
    for (let i = 0; i < 3; i++) {
      now += 8 * 60_000;
      assert.equal(
        (
          await postJson(
            `${base}/v3/directline/conversations/${id}/activities`,
            { type: 'message', text: `still here ${i}` },
            { authorization: `Bearer ${token}` },
          )
        ).status,
        200,
      );
    }
  });

  it('refuses a value, channelData and entities holding more values than Web Chat ever sends, with 400', async () => {
    const { token, id } = await started();
    const url = `${base}/v3/directline/conversations/${id}/activities`;
    const many = await postJson(url, { type: 'message', value: Array.from({ length: MAX_CLIENT_VALUES }, () => ({})) }, { authorization: `Bearer ${token}` });
    assert.equal(many.status, 400);
    assert.match(JSON.stringify(many.json), /at most 200 values/);
    const submit = {
      type: 'message',
      value: { cloud: 'china', step: 'cloud' },
      channelData: { clientActivityID: 'c1', postBack: true },
      entities: [{ type: 'ClientCapabilities' }],
    };
    assert.equal((await postJson(url, submit, { authorization: `Bearer ${token}` })).status, 200, 'a card submit as Web Chat sends it');
  });

  it('answers 429 with a truthful Retry-After once a conversation has posted its share of the minute', async () => {
    const { token, id } = await started();
    const url = `${base}/v3/directline/conversations/${id}/activities`;
    const post = (): Promise<Response> =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(3000) }),
      });
    let taken = 0;
    let refused: Response | undefined;
    while (!refused && taken < 20) {
      const res = await post();
      if (res.status === 429) refused = res;
      else {
        assert.equal(res.status, 200);
        taken += 1;
      }
    }
    assert.ok(refused && taken >= 3 && taken <= 4, `${taken} posts of 3 KB taken within 16 KB a minute`);
    const wait = Number(refused.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    now += (wait - 1) * 1000;
    assert.equal((await post()).status, 429, 'not sooner than it said');
    now += 1000;
    assert.equal((await post()).status, 200, 'and no later');
  });

  it('sweeps expired conversations it is never asked about', () => {
    const before = store.size;
    store.issue(USER, undefined);
    assert.equal(store.size, before + 1);
    now += 11 * 60_000;
    store.sweep(true);
    assert.equal(store.size, 0);
  });
});

describe('local Direct Line store', () => {
  it('pages through a long history, each activity once', () => {
    const store = new LocalDirectLine(localSettings({ idleMinutes: 5, maxConversations: 5, maxActivities: 1000, maxBodyBytes: 4096 }));
    const issued = store.issue(USER, undefined)!;
    const c = store.find(issued.conversationId)!;
    for (let i = 0; i < 250; i++) store.append(c, { type: 'message', text: String(i) });
    const texts: string[] = [];
    let watermark = '';
    for (;;) {
      const page = store.read(c, watermark);
      if (page.activities.length === 0) break;
      assert.ok(page.activities.length <= PAGE_SIZE);
      texts.push(...page.activities.map((a) => a.text as string));
      watermark = page.watermark;
    }
    assert.deepEqual(
      texts,
      Array.from({ length: 250 }, (_, i) => String(i)),
    );
  });

  it('keeps at most the configured number of activities per conversation', () => {
    const store = new LocalDirectLine(localSettings({ idleMinutes: 5, maxConversations: 5, maxActivities: 10, maxBodyBytes: 4096 }));
    const c = store.find(store.issue(USER, undefined)!.conversationId)!;
    for (let i = 0; i < 15; i++) store.append(c, { type: 'message', text: String(i) });
    assert.deepEqual(
      store.read(c, '').activities.map((a) => a.text),
      ['5', '6', '7', '8', '9', '10', '11', '12', '13', '14'],
    );
  });

  it('ignores a watermark it never gave', () => {
    const store = new LocalDirectLine(localSettings({ idleMinutes: 5, maxConversations: 5, maxActivities: 10, maxBodyBytes: 4096 }));
    const c = store.find(store.issue(USER, undefined)!.conversationId)!;
    store.append(c, { type: 'message', text: 'a' });
    assert.equal(store.read(c, 'not-a-number').activities.length, 1);
    const future = store.read(c, '99999');
    assert.equal(future.activities.length, 0);
    assert.equal(future.watermark, '1', 'a watermark from the future is brought back to the present');
    store.append(c, { type: 'message', text: 'b' });
    assert.deepEqual(
      store.read(c, future.watermark).activities.map((a) => a.text),
      ['b'],
    );
  });
});
