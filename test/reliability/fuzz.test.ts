// Hostile and broken input against the running server (Blob state on Azurite): first a table of
// named cases with exact expectations, then a seeded fuzz run of generated and mutated activities
// and raw bodies, in other content types and encodings too (FUZZ_CASES, default 3000; FUZZ_SEED
// to replay). Throughout: no 5xx (except 501,
// the Bot Framework's answer to an invoke nobody handles), the server keeps serving, a normal
// conversation running alongside completes, conversations only ever receive hostile input keep
// their state, nothing pollutes Object.prototype, and info logs never carry message text.
import { strict as assert } from 'assert';
import * as zlib from 'zlib';
import { azurite } from '../support/azurite';
import { StandInConnector } from '../../bench/standInConnector';
import { HttpChat, FlowState, conversationItem } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';
import { checkAnswers, record } from '../support/figures';
import { cardOf, resultOf } from '../support/chat';
import { seededRandom } from '../support/random';

const URL_PATH = '/api/messages';

async function postRaw(base: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<number> {
  const res = await fetch(`${base}${URL_PATH}`, { method: 'POST', headers, body });
  await res.arrayBuffer();
  return res.status;
}

const MARKER = 'FZT';

/**
 * The case a stored flow holds: everything but the count of typed answers in a row the question
 * could not take, which text that fits nothing is meant to raise (so the next re-prompt differs).
 */
function caseOf(flow: FlowState): Omit<FlowState, 'misses'> {
  const { misses: _misses, ...rest } = flow as FlowState & { misses?: number };
  return rest;
}

describe('Hostile input, case by case', function () {
  this.timeout(60_000);
  let bot: InProcess;
  let chat: HttpChat;
  let stable: FlowState;

  before(async () => {
    const az = await azurite();
    bot = await startInProcess({
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: az.connectionString,
      BLOB_CONTAINER: az.container('hostile'),
      MAX_BODY_BYTES: '65536',
    });
    chat = new HttpChat(bot.base, 'hostile-cases');
    await chat.say('hello');
    await chat.answer(chat.currentQuestion().options[0]!);
    stable = (await chat.flow(bot.app.storage))!;
  });
  after(() => bot.stop());

  const cases: [string, () => Record<string, unknown> | string | Buffer, number | number[]][] = [];
  const add = (name: string, body: () => Record<string, unknown> | string | Buffer, status: number | number[]): void => {
    cases.push([name, body, status]);
  };
  add('malformed JSON', () => '{"type": "message", "conversation": {', 400);
  add('a JSON array', () => '[1,2,3]', 400);
  add('an empty body', () => '', 400);
  add('a body over MAX_BODY_BYTES', () => chat.activity({ text: 'x'.repeat(70 * 1024) }), 413);
  add('no conversation', () => ({ ...chat.activity({ text: 'hi' }), conversation: undefined }), 400);
  add('no channelId', () => ({ ...chat.activity({ text: 'hi' }), channelId: undefined }), 400);
  add('no sender', () => ({ ...chat.activity({ text: 'hi' }), from: undefined }), 400);
  add('a numeric activity id', () => chat.activity({ id: 42, text: 'hi' }), 400);
  add('text that is not a string', () => chat.activity({ text: { evil: true } }), 400);
  add('entities that are not an array', () => chat.activity({ text: 'hi', entities: 'mention' }), 400);
  add('membersAdded of strings', () => chat.activity({ type: 'conversationUpdate', membersAdded: ['advisor-bot'] }), 400);
  add('a serviceUrl that is not a URL', () => chat.activity({ text: 'hi', deliveryMode: undefined, serviceUrl: 'javascript:alert(1)' }), 400);
  add(
    'a value nested 100 levels deep',
    () => {
      let value: unknown = 'bottom';
      for (let i = 0; i < 100; i += 1) value = { next: value };
      return chat.activity({ value });
    },
    400,
  );
  add('60 KB of text', () => chat.activity({ text: `${MARKER} ${'x'.repeat(60 * 1024)}` }), 200);
  add('an unknown activity type', () => chat.activity({ type: 'x'.repeat(300) }), 200);
  add(
    'a card payload with unknown keys and wrong types',
    () => chat.activity({ value: { action: 'answer', question: 7, token: ['x'], extra: { a: 1 } } }),
    200,
  );
  add(
    'a card payload with prototype keys',
    () =>
      `{"type":"message","id":"proto-1","channelId":"webchat","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-hostile-cases"},"recipient":{"id":"advisor-bot"},"conversation":{"id":"hostile-cases"},"value":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"action":"answer","token":"__proto__"}}`,
    200,
  );
  add(
    'invalid UTF-8 in a string',
    () =>
      Buffer.concat([
        Buffer.from(
          `{"type":"message","id":"utf8-1","channelId":"webchat","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-hostile-cases"},"conversation":{"id":"hostile-cases"},"value":{"action":"answer","token":"`,
        ),
        Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
        Buffer.from('"}}'),
      ]),
    200,
  );
  add(
    'a lone surrogate in the sender id',
    () =>
      '{"type":"message","id":"sur-1","channelId":"webchat","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u\\ud800"},"conversation":{"id":"hostile-cases"},"text":"hi"}',
    400,
  );
  add(
    'a lone surrogate in the text',
    () =>
      '{"type":"message","id":"sur-2","channelId":"webchat","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-hostile-cases"},"conversation":{"id":"hostile-cases"},"text":"\\udfff"}',
    200,
  );
  add('a serviceUrl that is an object', () => chat.activity({ text: 'hi', serviceUrl: { href: 'http://x' } }), 400);
  add('an invoke nobody handles', () => chat.activity({ type: 'invoke', name: 'composeExtension/query', value: { x: 1 } }), [200, 501]);

  it('answers each case as expected and never changes the conversation', async () => {
    const summary: string[] = [];
    for (const [name, body, expected] of cases) {
      const made = body();
      const payload = typeof made === 'string' || Buffer.isBuffer(made) ? made : JSON.stringify(made);
      const status = await postRaw(bot.base, payload);
      const allowed = Array.isArray(expected) ? expected : [expected];
      assert.ok(allowed.includes(status), `${name}: got ${status}, expected ${allowed.join(' or ')}`);
      summary.push(`${status}`);
      const flow = (await chat.flow(bot.app.storage))!;
      assert.deepEqual(caseOf(flow), caseOf(stable), `${name} changed the conversation`);
    }
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    process.stdout.write(`      ${cases.length} named cases: statuses ${summary.join(' ')}\n`);
  });

  it('gives every turn a correlation id and keeps message text out of info logs', () => {
    const turns = bot.lines.filter((l) => l.msg === 'turn');
    assert.ok(turns.length > 5);
    assert.ok(turns.every((l) => typeof l.correlationId === 'string' && (l.correlationId as string).length > 8));
    const leaked = bot.lines.filter((l) => (l.level ?? 0) >= 30 && JSON.stringify(l).includes(MARKER));
    assert.deepEqual(leaked, []);
    assert.ok(
      bot.lines.some((l) => l.msg === 'activity rejected' && l.level === 40),
      'rejections are logged at warn',
    );
  });
});

// ---------------------------------------------------------------------------------------------

interface Case {
  body: string | Buffer;
  headers: Record<string, string>;
  invoke: boolean;
  kind: string;
}

describe('Fuzz: generated and mutated activities against the running server', function () {
  const CASES = Number(process.env.FUZZ_CASES ?? 3000);
  const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
  this.timeout(Math.max(120_000, CASES * 60));

  let bot: InProcess;
  let connector: StandInConnector;

  before(async () => {
    const az = await azurite();
    connector = await StandInConnector.start({ log: true });
    bot = await startInProcess({ STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: az.container('fuzz') });
  });
  after(async () => {
    await bot.stop();
    await connector.close();
  });

  it(`survives ${CASES} cases with no 5xx, no state change for victims and a normal conversation alongside`, async () => {
    const random = seededRandom(SEED);
    const int = (n: number): number => Math.floor(random() * n);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
    const chance = (p: number): boolean => random() < p;
    process.stdout.write(`      fuzz seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} to replay)\n`);

    // Victims: conversations mid-way that only ever receive hostile input.
    const victims = await Promise.all(
      ['webchat', 'msteams', 'directline'].map(async (channelId, i) => {
        const chat = new HttpChat(bot.base, `victim-${i}`, { channelId });
        await chat.say('hello');
        await chat.answer(chat.currentQuestion().options[0]!);
        return { chat, flow: (await chat.flow(bot.app.storage))!, question: chat.currentQuestion() };
      }),
    );
    // A conversation the fuzz works on legitimately (its cards are mutated).
    const playground = new HttpChat(bot.base, 'fuzz-playground');
    await playground.say('hello');

    const strings: (() => string)[] = [
      () => '',
      () => `fz${int(1e6)}`,
      () => `fz ${'x'.repeat(int(100) * 1024)}`,
      () => `fz✓ 𝄞 שלום 你好 \u200b\u202e${String.fromCharCode(0xd800)}`,
      () => `fz\u0000\u0001\u001f`,
      () => '<script>alert(1)</script>',
      () => '${jndi:ldap://x}',
      () => '${if(true, "a", "b")}',
      () => '../../etc/passwd',
      () => '__proto__',
      () => 'constructor',
      () => pick(['back', 'restart', 'help', 'cancel', 'language', 'change', '1', '2', 'global', 'EA', 'Azure']),
      () => String(int(1e9)),
      () => 'a'.repeat(1 + int(3000)),
    ];
    const anyString = (): string => pick(strings)();
    /** Message text carries a marker, to prove it never reaches an info log. */
    const anyText = (): string => `${MARKER}${anyString()}`;
    const keys = [
      'action',
      'command',
      'token',
      'question',
      'cloud',
      'channel',
      'service',
      'goal',
      'partnerType',
      'locale',
      'changeQuestion',
      'x',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
    ];
    const anyValue = (depth = 0): unknown => {
      switch (int(depth > 4 ? 5 : 8)) {
        case 0:
          return anyString();
        case 1:
          return pick([0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER]);
        case 2:
          return pick([true, false]);
        case 3:
          return null;
        case 4:
          return undefined;
        case 5:
          return Array.from({ length: int(4) }, () => anyValue(depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (let i = int(5); i > 0; i -= 1)
            Object.defineProperty(o, pick(keys), { value: anyValue(depth + 1), enumerable: true, configurable: true, writable: true });
          return o;
        }
      }
    };
    const types = [
      'message',
      'message',
      'message',
      'conversationUpdate',
      'installationUpdate',
      'invoke',
      'event',
      'typing',
      'messageReaction',
      'endOfConversation',
      'delete',
      'handoff',
      'trace',
      'command',
      '',
      'MESSAGE',
      'x'.repeat(200),
      '💥',
    ];
    const invokeNames = [
      'adaptiveCard/action',
      'task/fetch',
      'task/submit',
      'composeExtension/query',
      'signin/verifyState',
      'config/fetch',
      'tab/fetch',
      'fileConsent/invoke',
      'healthCheck',
      'unknown/thing',
    ];

    const cardFor = (base: Record<string, unknown>, validToken: string | undefined): Record<string, unknown> => {
      const card: Record<string, unknown> = { ...base };
      if (validToken === undefined || chance(0.6)) card.token = chance(0.5) ? anyString() : anyValue();
      for (let i = int(4); i > 0; i -= 1) {
        const key = pick(keys);
        if (chance(0.3)) delete card[key];
        else Object.defineProperty(card, key, { value: anyValue(1), enumerable: true, configurable: true, writable: true });
      }
      if (chance(0.2)) card.action = pick(['answer', 'command', 'change', 'setLanguage', anyString()]);
      if (chance(0.2)) card.command = pick(['help', 'language', 'restart', 'back', 'cancel', 'change', anyString()]);
      return card;
    };

    const channelsIds = ['webchat', 'msteams', 'directline', 'emulator', 'test', 'x'.repeat(70), '', 'wéb'];
    const activityFor = (conversationId: string, channelId: string, victim: boolean): Record<string, unknown> => {
      const activity: Record<string, unknown> = {
        type: 'message',
        id: chance(0.9) ? `fz-${int(1e9)}` : anyString(),
        channelId,
        // The connector is always reachable here: an unreachable one is a 503 by design (see the
        // delivery tests), not a reaction to hostile input.
        serviceUrl: chance(0.8) ? connector.url : pick(['not a url', 'ftp://x', 'http://', `${connector.url}v3/../..`, anyValue()]),
        deliveryMode: chance(0.6) ? 'expectReplies' : pick([undefined, 'normal', anyString()]),
        from: { id: chance(0.9) ? `fz-user-${int(20)}` : anyString(), name: anyString() },
        recipient: { id: 'advisor-bot' },
        conversation: {
          id: conversationId,
          conversationType: pick(['personal', 'groupChat', 'channel', undefined, anyString()]),
          tenantId: chance(0.3) ? anyString() : undefined,
        },
        locale: chance(0.7) ? pick(['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU', 'de-DE']) : anyValue(),
      };
      const roll = random();
      if (victim) {
        // Only what must not change a conversation mid-way.
        if (roll < 0.5) activity.value = cardFor(victims[0]!.question.data, undefined);
        else if (roll < 0.7) activity.type = pick(types.filter((t) => t !== 'message' && t !== 'conversationUpdate' && t !== 'installationUpdate'));
        else if (roll < 0.8) Object.assign(activity, { type: 'conversationUpdate', membersAdded: [{ id: 'advisor-bot' }] });
        // Any typed text could be a legitimate answer or command ("restart", "2"): only non-strings.
        else activity.text = pick([42, true, { text: anyText() }, [anyText()], null]);
      } else if (roll < 0.35) {
        activity.text = anyText();
      } else if (roll < 0.65) {
        const q = (() => {
          try {
            return playground.currentQuestion();
          } catch {
            return undefined;
          }
        })();
        activity.value = cardFor(q ? { ...q.data, [q.id]: pick(q.options) } : { action: 'answer' }, q?.token);
      } else {
        activity.type = pick(types);
        if (activity.type === 'invoke') Object.assign(activity, { name: pick(invokeNames), value: anyValue() });
        if (chance(0.5)) activity.membersAdded = pick([[{ id: 'advisor-bot' }], [{ id: anyString() }], anyValue()]);
        if (chance(0.3)) activity.action = pick(['add', 'remove', anyString()]);
        if (chance(0.3)) activity.text = chance(0.5) ? anyText() : anyValue();
      }
      // Extra, unknown and wrongly typed fields.
      for (let i = int(3); i > 0; i -= 1) {
        const field = pick([
          'entities',
          'attachments',
          'channelData',
          'replyToId',
          'timestamp',
          'localTimestamp',
          'expiration',
          'summary',
          'importance',
          'x-unknown',
          'membersRemoved',
          'textFormat',
          'callerId',
        ]);
        activity[field] = field === 'entities' && chance(0.5) ? [{ type: 'mention', mentioned: { id: 'advisor-bot' }, text: anyString() }] : anyValue();
      }
      if (chance(0.1)) delete activity[pick(Object.keys(activity))];
      return activity;
    };

    const rawBody = (activity: Record<string, unknown>): { body: string | Buffer; headers: Record<string, string>; kind: string } => {
      const json = JSON.stringify(activity) ?? 'null';
      const roll = random();
      if (roll < 0.7) return { body: json, headers: { 'content-type': 'application/json' }, kind: 'json' };
      if (roll < 0.74) return { body: `\ufeff${json}`, headers: { 'content-type': 'application/json' }, kind: 'bom' };
      if (roll < 0.77) return { body: Buffer.from(json, 'utf16le'), headers: { 'content-type': 'application/json; charset=utf-16' }, kind: 'utf16' };
      if (roll < 0.82) {
        const cut = json.lastIndexOf('"', int(json.length)) + 1 || 1;
        return {
          body: Buffer.concat([
            Buffer.from(json.slice(0, cut)),
            Buffer.from(pick([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]])),
            Buffer.from(json.slice(cut)),
          ]),
          headers: { 'content-type': 'application/json' },
          kind: 'invalid-utf8',
        };
      }
      if (roll < 0.85) return { body: json.slice(0, int(json.length)), headers: { 'content-type': 'application/json' }, kind: 'truncated' };
      if (roll < 0.865) {
        const contentTypes: Record<string, string>[] = [
          { 'content-type': 'text/plain' },
          {},
          { 'content-type': 'application/x-www-form-urlencoded' },
          { 'content-type': 'application/json; charset=latin1' },
          { 'content-type': 'application/json; charset=utf-16' },
          { 'content-type': 'multipart/form-data; boundary=x' },
          { 'content-type': 'application/xml' },
          { 'content-type': 'application/octet-stream' },
          // JSON by another name: read like application/json.
          { 'content-type': 'application/vnd.advisor+json' },
          { 'content-type': 'APPLICATION/JSON; Charset="UTF-8"' },
        ];
        return { body: json, headers: pick(contentTypes), kind: 'content-type' };
      }
      if (roll < 0.88) {
        // Compressed bodies (and an identity encoding, which is no compression): only identity is read.
        const encodings: [string, (b: Buffer) => Buffer][] = [
          ['gzip', (b) => zlib.gzipSync(b)],
          ['deflate', (b) => zlib.deflateSync(b)],
          ['br', (b) => zlib.brotliCompressSync(b)],
          ['gzip, gzip', (b) => zlib.gzipSync(zlib.gzipSync(b))],
          ['x-unknown', (b) => b],
          ['identity', (b) => b],
          ['IDENTITY', (b) => b],
        ];
        const [encoding, encode] = pick(encodings);
        return { body: encode(Buffer.from(json)), headers: { 'content-type': 'application/json', 'content-encoding': encoding }, kind: 'encoding' };
      }
      if (roll < 0.91) {
        const depth = pick([40, 1000, 30_000]);
        return {
          body: json.replace(/^\{/, `{"deep":${'['.repeat(depth)}${']'.repeat(depth)},`),
          headers: { 'content-type': 'application/json' },
          kind: 'deep',
        };
      }
      if (roll < 0.93)
        return {
          body: json.replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},'),
          headers: { 'content-type': 'application/json' },
          kind: 'proto',
        };
      if (roll < 0.95)
        return { body: json.replace(/^\{/, '{"type":"invoke","type":"message",'), headers: { 'content-type': 'application/json' }, kind: 'duplicate-keys' };
      if (roll < 0.97)
        return {
          body: pick(['', 'null', '42', '"text"', '[]', '{}', 'garbage', '\u0000']),
          headers: { 'content-type': 'application/json' },
          kind: 'not-an-activity',
        };
      return { body: json.replace(/"$/, '') + ' '.repeat(300 * 1024), headers: { 'content-type': 'application/json' }, kind: 'oversize' };
    };

    const makeCase = (): Case => {
      const roll = random();
      let activity: Record<string, unknown>;
      if (roll < 0.3) {
        const v = pick(victims);
        activity = activityFor(v.chat.conversationId, v.chat.channelId, true);
        activity.from = { id: `user-${v.chat.conversationId}` };
      } else if (roll < 0.6) {
        activity = activityFor(playground.conversationId, 'webchat', false);
      } else {
        activity = activityFor(
          pick([`fz-conv-${int(30)}`, anyString(), `a:${'x'.repeat(int(1024))}`, '19:abc@thread.tacv2;messageid=1']),
          pick(channelsIds),
          false,
        );
        if (chance(0.05)) activity.conversation = anyValue();
      }
      const raw = rawBody(activity);
      return { ...raw, invoke: activity.type === 'invoke', kind: raw.kind };
    };

    // A normal conversation alongside, one turn every 25 ms.
    const normal = new HttpChat(bot.base, 'fuzz-normal');
    const normalRun = (async (): Promise<{ given: Record<string, string>; verdict?: string }> => {
      await normal.say('hello');
      const given: Record<string, string> = {};
      for (let i = 0; i < 8; i += 1) {
        await new Promise((r) => setTimeout(r, 25));
        const last = normal.transcript[normal.transcript.length - 1];
        const verdict = resultOf(cardOf(last as never) ?? { type: 'AdaptiveCard' }).verdict;
        if (verdict) return { given, verdict };
        const q = normal.currentQuestion();
        const option = q.options[q.options.length - 1]!;
        given[q.id] = option;
        const turn = await normal.answer(option);
        assert.equal(turn.status, 200);
      }
      return { given };
    })();

    const statuses = new Map<string, number>();
    /** Bodies no channel sends (other types and encodings, deep nesting, oversize), refused with a 4xx. */
    const HOSTILE_KINDS = new Set(['content-type', 'encoding', 'deep', 'oversize']);
    let refusedHostile = 0;
    const kinds = new Map<string, number>();
    const failures: string[] = [];
    let next = 0;
    const started = Date.now();
    const worker = async (): Promise<void> => {
      while (next < CASES) {
        const index = next;
        next += 1;
        const c = makeCase();
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        let status: number;
        try {
          status = await postRaw(bot.base, c.body, c.headers);
        } catch (error) {
          failures.push(`case ${index} (${c.kind}): request failed: ${(error as Error).message}`);
          continue;
        }
        statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
        if (HOSTILE_KINDS.has(c.kind) && status >= 400 && status < 500) refusedHostile += 1;
        const expected5xx = status === 501 && c.invoke;
        if (status >= 500 && !expected5xx) failures.push(`case ${index} (${c.kind}): ${status} ${String(c.body).slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    const elapsed = Date.now() - started;
    const normalResult = await normalRun;

    const histogram = [...statuses.entries()]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    process.stdout.write(
      `      ${CASES} cases in ${elapsed} ms: ${histogram}\n      kinds: ${[...kinds.entries()]
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}\n`,
    );
    const errors = bot.lines.filter((l) => (l.level ?? 0) >= 50);
    const errorKinds = [...new Set(errors.map((e) => `${e.msg}: ${(e.err as { message?: string } | undefined)?.message ?? ''}`.slice(0, 200)))];
    process.stdout.write(`      log lines: ${bot.lines.length}, errors: ${errors.length}${errors.length ? ` (${errorKinds.join('; ')})` : ''}\n`);
    const unexpected5xx = failures.length;
    record({ fuzzCases: CASES, fuzz5xx: unexpected5xx, hostileRefused: refusedHostile });
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
    // A crafted activity is refused or answered, never a turn that throws (null where an array belongs did).
    assert.deepEqual(errorKinds, [], 'no turn failed on a generated activity');

    // Still serving, still ready.
    assert.equal((await fetch(`${bot.base}/healthz`)).status, 200);
    assert.equal((await fetch(`${bot.base}/readyz`)).status, 200);
    // The normal conversation completed with the answers it gave.
    assert.ok(normalResult.verdict, 'the normal conversation reached its result');
    const normalFlow = (await normal.flow(bot.app.storage))!;
    assert.deepEqual(normalFlow.answers, normalResult.given);
    assert.deepEqual(checkAnswers(normalResult.given, normalFlow), { lost: 0, duplicated: 0 });
    // Victims kept their state.
    for (const v of victims) {
      const flow = await v.chat.flow(bot.app.storage);
      assert.deepEqual(caseOf(flow!), caseOf(v.flow), `victim ${v.chat.conversationId} changed`);
      const item = (await conversationItem(bot.app.storage, v.chat.channelId, v.chat.conversationId))!;
      assert.ok(item.advisor, 'victim state still there');
      assert.deepEqual(checkAnswers(v.flow.answers, flow), { lost: 0, duplicated: 0 });
    }
    // No prototype pollution, and no message text in info logs.
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const leaked = bot.lines.filter((l) => (l.level ?? 0) >= 30 && JSON.stringify(l).includes(MARKER));
    assert.equal(leaked.length, 0, `message text in info logs: ${JSON.stringify(leaked[0])?.slice(0, 300)}`);
  });
});
