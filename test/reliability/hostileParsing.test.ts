// Refusing while parsing (docs/production.md, "Reliability under test"): local Direct Line posts
// whose `value` holds 10,889 empty objects (32 KB) are past the 200 values an activity's value,
// channelData and entities may hold together. The JSON reader stops at the 201st of them instead
// of building all 10,889 and refusing afterwards, so a flood of them, all refused, leaves little
// behind for the collector. Against the compiled bot as its own process with npm start's Node
// flags (the heap's bounds), its memory read from /proc.
// HOSTILE_PARSE_SCALE sets the size: 1 is the figure (40 conversations × 200 posts, 8,000
// posts, 255 MB); the default, 0.125 (40 × 25), runs in a few seconds.
import { strict as assert } from 'assert';
import { BotProcess } from '../support/botProcess';
import { rssGrowthDuring } from '../support/processMemory';
import { record } from '../support/figures';
import { MAX_CLIENT_VALUES } from '../../src/hosting/directline/routes';

const MB = 1024 * 1024;
const MAX_GROWTH_MB = 150;
const OBJECTS = 10_889;
const SCALE_SETTING = Number(process.env.HOSTILE_PARSE_SCALE ?? '0.125');
const SCALE = Number.isFinite(SCALE_SETTING) && SCALE_SETTING > 0 ? SCALE_SETTING : 0.125;
const CONVERSATIONS = 40;
const POSTS = Math.max(1, Math.round(200 * SCALE));

/** The post: a message whose `value` is OBJECTS empty objects. */
function emptyObjects(): string {
  return `{"type":"message","value":[${'{},'.repeat(OBJECTS - 1)}{}]}`;
}

async function open(base: string): Promise<{ id: string; auth: Record<string, string> }> {
  const issued = (await (
    await fetch(`${base}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: `dl_${'e'.repeat(20)}` }),
    })
  ).json()) as Record<string, unknown>;
  const auth = { authorization: `Bearer ${String(issued.token)}` };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth });
  assert.equal(started.status, 201);
  await started.arrayBuffer();
  return { id: String(issued.conversationId), auth };
}

describe(`Refusing while parsing: ${CONVERSATIONS} conversations × ${POSTS} local Direct Line posts of ${OBJECTS.toLocaleString('en-US')} values`, function () {
  this.timeout(300_000);
  let bot: BotProcess;

  before(async () => {
    bot = await BotProcess.start({ WEBCHAT_TOKEN_RATE_LIMIT: '1000' });
  });
  after(() => bot?.stop());

  it(`refuses every one with 400, the parse stopped past ${MAX_CLIENT_VALUES} values, and grows by less than ${MAX_GROWTH_MB} MB`, async () => {
    const conversations = await Promise.all(Array.from({ length: CONVERSATIONS }, () => open(bot.base)));
    const body = emptyObjects();
    assert.ok(body.length <= 32 * 1024, `a post of ${body.length} bytes`);
    const statuses = new Map<number, number>();
    let message = '';
    const started = Date.now();
    const { growthMb } = await rssGrowthDuring(
      bot.pid,
      async () => {
        // One client per conversation at once, over keep-alive.
        let next = 0;
        await Promise.all(
          conversations.map(async () => {
            for (let job = next++; job < CONVERSATIONS * POSTS; job = next++) {
              const { id, auth } = conversations[job % CONVERSATIONS]!;
              const res = await fetch(`${bot.base}/v3/directline/conversations/${id}/activities`, {
                method: 'POST',
                headers: { ...auth, 'content-type': 'application/json' },
                body,
              });
              message = await res.text();
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            }
          }),
        );
      },
      20,
    );
    process.stdout.write(
      `      ${CONVERSATIONS * POSTS} posts (${((CONVERSATIONS * POSTS * body.length) / MB).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}, RSS growth ${growthMb.toFixed(1)} MB\n`,
    );
    record({ hostileRefused: statuses.get(400) ?? 0, hostileMaxGrowthMb: growthMb });
    assert.deepEqual([...statuses.keys()], [400], 'every post refused');
    // The reader's refusal (while parsing), not the route's (after it).
    assert.match(message, new RegExp(`value, channelData, entities may hold at most ${MAX_CLIENT_VALUES} values`));
    assert.equal(bot.child.exitCode, null, 'the process is up');
    assert.ok(growthMb < MAX_GROWTH_MB, `grew ${growthMb.toFixed(1)} MB`);
  });
});
