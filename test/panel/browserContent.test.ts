// The side panel in headless Chromium with the sample overlay (CONTENT_OVERLAY=examples/overlay):
// the page reads its language's content from the bot (GET /panel/content.json) and a G1 result
// shows the partner's section, titled with its name, in English and Portuguese; a language picked
// in the panel brings its own section; and when the content cannot be had the panel works as
// before, without the section and without an error for the user.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createApp, App } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { panelStringsFor } from '../../src/conversation/pages/panelPage';
import type { LocaleTag } from '../../src/domain/locales';
import { ARTIFACT_DIR } from '../support/paths';
import { SAMPLE_OVERLAY, g1Sentence, sampleG1 } from '../support/sampleOverlay';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 15_000;

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** The content requests the page made (path and query). */
  contentRequests: string[];
}

describe("side panel in Chromium with the sample overlay: the partner's section", function () {
  this.timeout(120_000);
  let app: App;
  let base: string;
  let browser: Browser;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', CONTENT_OVERLAY: SAMPLE_OVERLAY }));
    base = `http://127.0.0.1:${await app.listen()}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    fs.mkdirSync(ARTIFACT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openPanel(locale: LocaleTag, setUp?: (context: BrowserContext) => Promise<void>): Promise<Opened> {
    const context = await browser.newContext({ locale, viewport: { width: 320, height: 720 } });
    if (setUp) await setUp(context);
    const page = await context.newPage();
    const problems: string[] = [];
    const contentRequests: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/panel/content.json') contentRequests.push(`${request.method()} ${url.pathname}${url.search}`);
    });
    await page.goto(`${base}/panel?locale=${locale}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: WAIT });
    return { page, context, problems, contentRequests };
  }

  async function reachG1(page: Page, locale: LocaleTag): Promise<void> {
    await page.fill('#sentence', g1Sentence(locale));
    await page.press('#sentence', 'Enter');
    await page.locator('body[data-verdict="eligible"]').waitFor({ timeout: WAIT });
    await page.locator('[id="outcome-G1"]').waitFor({ timeout: WAIT });
  }

  for (const locale of ['en-US', 'pt-BR'] as const) {
    it(`${locale}: a G1 result shows the section titled with the partner's name, with its steps`, async () => {
      const { page, context, problems, contentRequests } = await openPanel(locale);
      await reachG1(page, locale);
      const expected = sampleG1(locale);
      assert.equal((await page.locator('#partner-name').textContent())?.trim(), expected.name);
      const section = (await page.locator('#partner').textContent()) ?? '';
      assert.ok(section.includes(expected.step), `${locale}: the first G1 step in ${section}`);
      assert.ok(section.includes(expected.contact), `${locale}: the contact line`);
      assert.deepEqual(contentRequests, [`GET /panel/content.json?locale=${locale}`]);
      await page.screenshot({ path: path.join(ARTIFACT_DIR, `panel-${locale}-partner.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("a language picked in the panel: that language's content is fetched and its section shown", async () => {
    const { page, context, problems, contentRequests } = await openPanel('en-US');
    await reachG1(page, 'en-US');
    await page.fill('#sentence', 'language');
    await page.press('#sentence', 'Enter');
    const picker = page.locator('.card-language');
    await picker.locator('input[value="hu-HU"]').check();
    await picker.getByRole('button', { name: catalogFor('en-US').language.pickerSubmit, exact: true }).click();
    await page.locator('html[lang="hu-HU"]').waitFor({ timeout: WAIT });
    // The result on screen comes back in Hungarian, with the Hungarian section once its content is in.
    await page.locator('#partner').getByText(sampleG1('hu-HU').step).waitFor({ timeout: WAIT });
    assert.equal(await page.locator('[id="outcome-G1"]').count(), 1);
    assert.deepEqual(contentRequests, ['GET /panel/content.json?locale=en-US', 'GET /panel/content.json?locale=hu-HU']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('without the content (the request fails) the panel answers as before, with no section and no error shown', async () => {
    const { page, context, problems } = await openPanel('en-US', async (c) => {
      await c.route('**/panel/content.json*', (route) => route.abort());
    });
    await reachG1(page, 'en-US');
    assert.equal(await page.locator('#partner').count(), 0);
    // The status line says the verdict, as without an overlay: nothing about the missing content.
    assert.equal(
      await page.locator('#status').textContent(),
      format(panelStringsFor('en-US').verdictLabel, { verdict: catalogFor('en-US').verdicts.eligible }),
    );
    assert.deepEqual(
      problems.filter((p) => !/Failed to load resource/.test(p)),
      [],
    );
    await context.close();
  });
});
