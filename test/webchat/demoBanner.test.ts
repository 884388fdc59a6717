// The demonstration says so on its Web Chat page: with PARTNER_ACTIONS_DEMO a banner names what is
// made up and how to sign in, and, where the development entry point gives them, the sample
// customers, the current partner's tenant ID and name the transfer form takes, the invitee and the
// customer's side page, in each of the five languages (the page's own strings, content/pages). No
// other page has it. In Chromium the banner follows the language the page picks from the browser.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { LOCALES } from '../../src/domain/locales';
import { captureLogger } from '../support/inProcess';
import { demoSample, SAMPLE_CURRENT_PARTNER, SAMPLE_CUSTOMERS, SAMPLE_INVITEE, startStandins } from '../../tools/standins/demo';

const PAGE_STRINGS = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/pages/webchat.json'), 'utf8')) as Record<string, Record<string, string>>;
const CUSTOMER_SIDE = 'http://127.0.0.1:45999';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The text of an element by id, entities decoded. */
function textOf(html: string, id: string): string | undefined {
  const found = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
  return found?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}

/** The banner's lines as the page's strings say them, filled in by hand from the sample. */
function expectedLines(locale: string): string[] {
  const s = PAGE_STRINGS[locale]!;
  return [
    s.demoTitle!,
    s.demoSignIn!,
    s.demoCustomers!.replace('{customers}', SAMPLE_CUSTOMERS.map((c) => c.domain).join(', ')),
    s.demoTransfer!.replace('{tenantId}', SAMPLE_CURRENT_PARTNER.tenantId).replace('{name}', SAMPLE_CURRENT_PARTNER.name),
    s.demoInvitation!.replace('{invitee}', SAMPLE_INVITEE.domain),
  ];
}

async function serve(env: Record<string, string>, options: Parameters<typeof createApp>[1] = {}): Promise<{ app: App; base: string }> {
  const app = createApp(loadConfig({ PORT: '0', ...env }), { logger: captureLogger('warn').logger, ...options });
  return { app, base: `http://127.0.0.1:${await app.listen()}` };
}

describe("The demonstration's banner on the Web Chat page", function () {
  this.timeout(60_000);
  let demo: { app: App; base: string };
  let plain: { app: App; base: string };

  before(async () => {
    demo = await serve({ PARTNER_ACTIONS_DEMO: 'true' }, { startStandins, demoSample: demoSample({ customerSideUrl: CUSTOMER_SIDE }) });
    plain = await serve({});
  });
  after(async () => {
    await demo?.app.close();
    await plain?.app.close();
  });

  for (const locale of LOCALES) {
    it(`${locale}: names what is made up, the sample customers, the transfer form's tenant ID and the customer's side`, async () => {
      const html = await (await fetch(`${demo.base}/?locale=${locale}`)).text();
      const lines = expectedLines(locale);
      lines.forEach((line, i) => assert.equal(textOf(html, `demo-line-${i}`), line, `${locale} line ${i}`));
      assert.ok(html.includes(`<a href="${CUSTOMER_SIDE}"`), "the customer's side is a link");
      assert.ok(lines.join(' ').includes(SAMPLE_CURRENT_PARTNER.tenantId));
      // The lines of every language travel with the page, for a language picked in the chat.
      const config = JSON.parse(/id="chat-config">([^<]*)</.exec(html)![1]!) as { demo: Record<string, string[]> };
      assert.deepEqual(config.demo[locale], lines);
    });
  }

  it('has no banner on a page without the demonstration (the page itself served)', async () => {
    for (const locale of LOCALES) {
      const html = await (await fetch(`${plain.base}/?locale=${locale}`)).text();
      assert.ok(html.includes('id="webchat"'), 'the chat page');
      assert.equal(textOf(html, 'subtitle'), PAGE_STRINGS[locale]!.subtitle);
      assert.ok(!html.includes('id="demo'), `${locale}: no banner`);
      assert.ok(!html.includes('"demo"'), `${locale}: no banner lines in the settings`);
      for (const key of ['demoTitle', 'demoSignIn']) assert.ok(!html.includes(PAGE_STRINGS[locale]![key]!.replace(/'/g, '&#39;')), `${locale}: ${key}`);
    }
  });

  it('in the demonstration without sample values (a test harness), still says it is one and how to sign in', async () => {
    const bare = await serve({ PARTNER_ACTIONS_DEMO: 'true' }, { startStandins });
    try {
      const html = await (await fetch(`${bare.base}/?locale=pt-BR`)).text();
      assert.equal(textOf(html, 'demo-line-0'), PAGE_STRINGS['pt-BR']!.demoTitle);
      assert.equal(textOf(html, 'demo-line-1'), PAGE_STRINGS['pt-BR']!.demoSignIn);
      assert.equal(textOf(html, 'demo-line-2'), undefined);
    } finally {
      await bare.app.close();
    }
  });

  it("in Chromium, follows the browser's language the page picks (Hungarian here, the server having answered in English)", async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}`);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-banner-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'hu-HU',
      extraHTTPHeaders: { 'Accept-Language': 'en-US' },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${demo.base}/`);
      await page.locator('html[lang="hu-HU"]').waitFor({ timeout: 15_000 });
      const expected = expectedLines('hu-HU');
      for (let i = 0; i < expected.length; i++) assert.equal(await page.locator(`#demo-line-${i}`).textContent(), expected[i], `line ${i}`);
      assert.ok(await page.locator('#demo').isVisible());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
