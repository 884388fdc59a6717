// Hostile clients of the local, anonymous Direct Line (the README's first command), against the
// compiled bot as its own process with its memory read from /proc:
// - 60 conversations posting 32 KB activities at once: the process stays up and grows by less
//   than 300 MB, each conversation keeps at most its byte budget and the oldest activities go
//   first; the issue's own post (ten thousand empty objects in `value`) is refused with 400;
// - the conversation cap filled with tokens nobody uses, from spoofed addresses (trust-proxy with
//   no proxy in front): the 503 says how long to wait, and after that wait a token is issued again.
//
// The bot runs with npm start's Node flags (the heap's bounds): without them V8 lets the heap grow
// with the garbage of a flood (about 360 MB more at the figure), with them about 70 MB.
// HOSTILE_SCALE sets the flood's size: 1 is the figure (60 conversations × 200 posts);
// the default, 0.25 (60 × 50, 94 MB posted: six times the store's budget), runs in seconds.
import { strict as assert } from 'assert';
import { BotProcess } from '../support/botProcess';
import { rssGrowthDuring, rssOf } from '../support/processMemory';
import { record } from '../support/figures';
import { MAX_CLIENT_VALUES } from '../../src/hosting/directline/routes';

const MB = 1024 * 1024;
const MAX_GROWTH_MB = 300;
const SCALE = Number(process.env.HOSTILE_SCALE ?? '0.25');
const CONVERSATIONS = 60;
const POSTS = Math.max(1, Math.round(200 * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 0.25)));
/** DIRECT_LINE_LOCAL_MAX_CONVERSATION_BYTES's default. */
const CONVERSATION_BYTES = 256 * 1024;
/** Clients posting at once over keep-alive: one per conversation. */
const PARALLEL = CONVERSATIONS;

/** The process's resident memory in bytes, from /proc. */

/** The post: a message whose `value` is as many empty objects as fit in `bytes` (ten thousand in 32 KB). */
function emptyObjects(bytes: number): string {
  const head = '{"type":"message","value":[';
  const count = Math.floor((bytes - head.length - 2) / 3);
  return `${head}${'{},'.repeat(count - 1)}{}]}`;
}

/** The heaviest post the local Direct Line still takes: `bytes` of JSON with as many values as it allows. */
function heaviestAccepted(bytes: number): string {
  const head = '{"type":"message","value":[';
  const count = MAX_CLIENT_VALUES - 1;
  const width = Math.floor((bytes - head.length - 2) / count) - 3;
  const values = Array.from({ length: count }, (_, i) => `"${String(i).padStart(width, 'v')}"`);
  return `${head}${values.join(',')}]}`;
}

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

async function token(base: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ userId: `dl_${'f'.repeat(20)}` }),
  });
}

/** A started conversation, as Web Chat opens one. */
async function open(base: string): Promise<{ id: string; auth: Record<string, string> }> {
  const issued = await json(await token(base));
  const auth = { authorization: `Bearer ${String(issued.token)}` };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth });
  assert.equal(started.status, 201);
  await started.arrayBuffer();
  return { id: String(issued.conversationId), auth };
}

/** Every activity the conversation still holds, paging with the watermark, and their bytes. */
async function history(base: string, id: string, auth: Record<string, string>): Promise<{ count: number; bytes: number; firstId: string }> {
  let watermark = '';
  let count = 0;
  let bytes = 0;
  let firstId = '';
  for (;;) {
    const res = await fetch(`${base}/v3/directline/conversations/${id}/activities?watermark=${watermark}`, { headers: auth });
    const set = (await res.json()) as { activities: Record<string, unknown>[]; watermark: string };
    if (set.activities.length === 0) return { count, bytes, firstId };
    if (count === 0) firstId = String(set.activities[0]!.id);
    count += set.activities.length;
    bytes += set.activities.reduce((sum, a) => sum + Buffer.byteLength(JSON.stringify(a)), 0);
    watermark = set.watermark;
  }
}

describe(`Hostile clients of the local Direct Line: ${CONVERSATIONS} conversations × ${POSTS} posts of 32 KB`, function () {
  this.timeout(180_000);
  let bot: BotProcess;

  before(async () => {
    bot = await BotProcess.start({
      WEBCHAT_TOKEN_RATE_LIMIT: '1000',
      // The per-minute share is lifted so that every post is stored: the byte budgets alone must hold.
      DIRECT_LINE_LOCAL_MAX_POST_BYTES_PER_MINUTE: String(4096 * MB),
    });
  });
  after(() => bot?.stop());

  it(`stays up, grows by less than ${MAX_GROWTH_MB} MB, and keeps each conversation within its byte budget`, async () => {
    const conversations = await Promise.all(Array.from({ length: CONVERSATIONS }, () => open(bot.base)));
    const body = heaviestAccepted(32 * 1024);
    assert.ok(body.length > 31 * 1024 && body.length <= 32 * 1024, `a post of ${body.length} bytes`);
    const statuses = new Map<number, number>();
    const started = Date.now();
    const { growthMb } = await rssGrowthDuring(
      bot.pid,
      async () => {
        // PARALLEL clients at once over keep-alive, each taking the next post round the conversations.
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL }, async () => {
            for (let job = next++; job < CONVERSATIONS * POSTS; job = next++) {
              const { id, auth } = conversations[job % CONVERSATIONS]!;
              // Turns waiting in a conversation are bounded (backpressure, 429 "wait for the bot"):
              // a client does as Retry-After says, as Web Chat does; a budget is never that 429.
              let res: Response;
              for (let attempt = 0; ; attempt++) {
                res = await fetch(`${bot.base}/v3/directline/conversations/${id}/activities`, {
                  method: 'POST',
                  headers: { ...auth, 'content-type': 'application/json' },
                  body,
                });
                const answer = await res.text();
                if (res.status !== 429 || !answer.includes('Wait for the bot') || attempt >= 20) break;
                await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? '1') * 1000));
              }
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            }
          }),
        );
      },
      20,
    );
    process.stdout.write(
      `      flood: ${CONVERSATIONS * POSTS} posts (${((CONVERSATIONS * POSTS * body.length) / MB).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}, RSS growth ${growthMb.toFixed(1)} MB\n`,
    );
    record({ hostileRefused: [...statuses].filter(([s]) => s >= 400 && s < 500).reduce((n, [, c]) => n + c, 0), hostileMaxGrowthMb: growthMb });

    assert.equal(bot.child.exitCode, null, 'the process is up');
    assert.equal((await fetch(`${bot.base}/healthz`)).status, 200);
    assert.deepEqual([...statuses.keys()], [200], 'every post was taken (the budgets evict, they do not refuse)');
    assert.ok(growthMb < MAX_GROWTH_MB, `grew ${growthMb.toFixed(1)} MB`);
    // What the store keeps of a conversation: within its budget, the newest only.
    const kept = await history(bot.base, conversations[0]!.id, conversations[0]!.auth);
    assert.ok(kept.bytes <= CONVERSATION_BYTES, `a conversation holds ${kept.bytes} bytes`);
    assert.ok(kept.count > 0 && kept.count < POSTS, `${kept.count} activities kept of ${POSTS * 2}`);
    assert.ok(!kept.firstId.endsWith('|0000001'), 'the first activity went first');
  });

  it("refuses the issue's post (32 KB of empty objects in value) with 400 and stays small", async () => {
    const { id, auth } = await open(bot.base);
    const body = emptyObjects(32 * 1024);
    const baseline = rssOf(bot.pid);
    // 200 posts, 50 at a time: one address may hold at most HTTP_MAX_CONNECTIONS_PER_CLIENT (100) connections.
    const statuses: number[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (sent < 200) {
          sent += 1;
          const res = await fetch(`${bot.base}/v3/directline/conversations/${id}/activities`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body,
          });
          await res.arrayBuffer();
          statuses.push(res.status);
        }
      }),
    );
    assert.equal(statuses.length, 200);
    assert.deepEqual([...new Set(statuses)], [400]);
    record({ hostileRefused: statuses.length });
    assert.ok((rssOf(bot.pid) - baseline) / MB < 100, 'nothing kept of them');
    assert.equal((await history(bot.base, id, auth)).bytes < 16 * 1024, true, 'only the welcome is in the conversation');
  });
});

describe('Hostile clients of the local Direct Line: the conversation cap filled with unused tokens from spoofed addresses', function () {
  this.timeout(60_000);
  const CAP = 20;
  const UNUSED_SECONDS = 3;
  let bot: BotProcess;

  before(async () => {
    // Trust-proxy with no proxy in front: every request names the address it likes.
    bot = await BotProcess.start({
      WEBCHAT_TRUST_PROXY: 'true',
      WEBCHAT_TOKEN_RATE_LIMIT: '1',
      DIRECT_LINE_LOCAL_MAX_CONVERSATIONS: String(CAP),
      DIRECT_LINE_LOCAL_UNUSED_TOKEN_SECONDS: String(UNUSED_SECONDS),
    });
  });
  after(() => bot?.stop());

  it('says truthfully how long to wait, and issues tokens again once the unused ones have expired', async () => {
    const spoofed = (i: number): Record<string, string> => ({ 'x-forwarded-for': `198.51.100.${i}` });
    // One conversation in use: it keeps its place for the idle time, not the unused tokens' window.
    const used = await json(await token(bot.base, spoofed(200)));
    const auth = { authorization: `Bearer ${String(used.token)}` };
    assert.equal((await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST', headers: auth })).status, 201);
    const filled = await Promise.all(Array.from({ length: CAP - 1 }, (_, i) => token(bot.base, spoofed(i))));
    assert.deepEqual([...new Set(filled.map((r) => r.status))], [200], 'each spoofed address gets its token');
    assert.equal(((await filled[0]!.json()) as { expiresIn: number }).expiresIn, UNUSED_SECONDS, 'an unused token says how long it lasts');

    const refused = await token(bot.base, spoofed(100));
    assert.equal(refused.status, 503);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= UNUSED_SECONDS, `Retry-After ${retryAfter}: the unused tokens' window, not a guess`);
    record({ hostileRefused: 1 });

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const again = await token(bot.base, spoofed(101));
    assert.equal(again.status, 200, 'after the wait Retry-After gave, a place is free');
    const poll = await fetch(`${bot.base}/v3/directline/conversations/${String(used.conversationId)}/activities`, { headers: auth });
    assert.equal(poll.status, 200, 'the conversation in use is still there');
  });
});
