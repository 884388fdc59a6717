// `npm run start:demo` (dist/tools/standins/serve.js, as the script runs it) prints where everything
// of the demonstration is: the Web Chat page, the bot's events route and each stand-in (Partner
// Center, Graph, Entra's token endpoint, the Bot Framework token service, the customer's side),
// and every address printed answers as what it is named.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BotProcess, START_FLAGS } from '../support/botProcess';
import { PROJECT_ROOT } from '../support/paths';

const SERVE = path.join(PROJECT_ROOT, 'dist', 'tools', 'standins', 'serve.js');

/** The printed `  name  address` lines, by name. */
function addresses(stderr: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of stderr.split('\n')) {
    const row = /^ {2}(\S.*?)\s{2,}(http:\/\/127\.0\.0\.1:\d+\S*)$/.exec(line);
    if (row) found.set(row[1]!, row[2]!);
  }
  return found;
}

/** The one printed address whose name contains `part`. */
function named(found: Map<string, string>, part: string): string {
  const hits = [...found].filter(([name]) => name.includes(part));
  assert.equal(hits.length, 1, `one address named "${part}" in ${JSON.stringify([...found.keys()])}`);
  return hits[0]![1];
}

describe('npm run start:demo prints every address of the demonstration', function () {
  this.timeout(60_000);
  let bot: BotProcess;
  let cwd: string;

  before(async () => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-start-'));
    bot = await BotProcess.start({}, { launch: { command: process.execPath, args: [...START_FLAGS, SERVE], cwd } });
  });
  after(async () => {
    await bot?.stop();
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('names the page, the events route and each stand-in, and each one answers', async () => {
    for (let i = 0; i < 200 && !bot.stderr.includes('Sample customers:'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const found = addresses(bot.stderr);
    assert.equal(found.size, 7, bot.stderr);

    const page = named(found, 'Web Chat page');
    assert.equal(page, `${bot.base}/`);
    const html = await (await fetch(page)).text();
    assert.ok(html.includes('id="demo"'), 'the page with the banner');

    // Each stand-in refuses a call without a token as its service does, or answers its own request.
    const events = await fetch(named(found, 'events route'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(events.status, 401, 'the events route wants a signed event');
    const partnerCenter = named(found, 'Partner Center stand-in');
    assert.match(partnerCenter, /\/pc$/);
    const customers = await fetch(`${partnerCenter}/v1/customers`);
    assert.equal(customers.status, 401);
    assert.equal(((await customers.json()) as { errorName?: string }).errorName, 'Unauthorized');
    const graph = await fetch(`${named(found, 'Graph stand-in')}/tenantRelationships/delegatedAdminRelationships`);
    assert.equal(((await graph.json()) as { error?: { code?: string } }).error?.code, 'InvalidAuthenticationToken');
    const token = await fetch(named(found, 'token endpoint'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default',
    });
    assert.equal(typeof ((await token.json()) as { access_token?: unknown }).access_token, 'string');
    const tokenService = await fetch(`${named(found, 'token service')}/api/usertoken/GetToken?userId=someone&connectionName=PartnerCenterDemo`);
    assert.ok(tokenService.status === 404 || tokenService.status === 200, `the token service answers: ${tokenService.status}`);
    const customerSide = await (await fetch(named(found, "customer's side"))).text();
    assert.match(customerSide, /Accept the invitation/);
  });

  it("starts with the bot's own events registered: /readyz says so, and no warning about the registration", async () => {
    // The start-up check reads the registration once, after listening: wait for its answer on /readyz.
    let webhook: { status?: string; missing?: string[] } | undefined;
    for (let i = 0; i < 200 && !webhook; i++) {
      const ready = (await (await fetch(`${bot.base}/readyz`)).json()) as { details?: { partnerCenterWebhook?: typeof webhook } };
      webhook = ready.details?.partnerCenterWebhook;
      if (!webhook) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(webhook, { status: 'registered' }, "a newcomer's first start is clean");
  });

  it("an invitation accepted on the customer's side, as docs/actions.md shows with curl, reaches the bot as a signed event", async () => {
    const side = named(addresses(bot.stderr), "customer's side");
    // The first test's unsigned post was refused; none more.
    const refusedBefore = bot.logged('Partner Center event refused').length;
    const answer = await fetch(`${side}/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'customer=wingtip.onmicrosoft.com',
    });
    assert.equal(((await answer.json()) as { eventSent?: boolean }).eventSent, true);
    const received = (): unknown[] => bot.logged('Partner Center event received');
    for (let i = 0; i < 200 && received().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(received().length, 1, `the bot's log: ${JSON.stringify(bot.logs.filter((l) => /event/i.test(String(l.msg))))}`);
    assert.equal(bot.logged('Partner Center event refused').length, refusedBefore, 'signed as the demonstration trusts');
  });
});
