// The side panel in headless Chromium at 320 px, served by the real app: one sentence to a verdict
// in each language with nothing sent to the bot (the page only reads its language's content), a
// case by clicks (back, change an answer, restart), the summary on the clipboard, the dark and
// high-contrast themes, keyboard only, inside a stand-in Teams host (context, frame, a live theme
// change), framing by anything else refused, and axe-core on the panel and on the Web Chat page.
// Screenshots go to test-artifacts/. The partner's section: browserContent.test.ts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, chromium, Page, Request } from 'playwright-core';
import { createApp, App } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { decide } from '../../src/domain/rules';
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { CompleteAnswers } from '../../src/domain/questions';
import { summaryText } from '../../src/conversation/advisor/resultView';
import { PALETTES } from '../../src/panel/hostConfigs';
import { panelStringsFor } from '../../src/conversation/pages/panelPage';
import utterances from '../data/utterances.json';
import { ARTIFACT_DIR } from '../support/paths';

// The page's globals, as far as the functions these tests run in the page use them (the tests
// compile without the DOM library; these declarations stay in this module).
interface PageElement {
  id: string;
  textContent: string | null;
  name?: string;
  value?: string;
  dataset: Record<string, string | undefined>;
}
declare const document: { activeElement: PageElement | null; body: PageElement | null; documentElement: { scrollWidth: number } };
declare const window: unknown;
declare const navigator: { clipboard: { readText(): Promise<string> } };
declare function getComputedStyle(element: unknown): { backgroundColor: string };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 15_000;
/** Stand-in addresses, served by the test through request routing (nothing leaves the machine). */
const TEAMS_HOST = 'https://teams.microsoft.com';
const PANEL_HOST = 'https://advisor.test';

/** One full statement per language: the same case (M365 through an EA, support, direct-bill, commercial cloud). */
const SENTENCES: Record<LocaleTag, string> = { 'en-US': 'en-029', 'ru-RU': 'ru-028', 'zh-CN': 'zh-021', 'pt-BR': 'pt-022', 'hu-HU': 'hu-022' };

function utterance(id: string): { text: string; answers: CompleteAnswers } {
  const found = utterances.utterances.find((u) => u.id === id);
  if (!found) throw new Error(`utterance ${id} is missing`);
  return found as unknown as { text: string; answers: CompleteAnswers };
}

/** rgb(…) as the browser computes it, from #rrggbb. */
function rgb(hex: string): string {
  const n = (i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `rgb(${n(0)}, ${n(1)}, ${n(2)})`;
}

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** Requests to the bot's host since `mark()`. */
  botRequests(): string[];
  mark(): void;
}

describe('side panel in Chromium at 320 px', function () {
  this.timeout(120_000);

  let app: App;
  let base: string;
  let browser: Browser;
  let axeSource: string;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    base = `http://127.0.0.1:${await app.listen()}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    fs.mkdirSync(ARTIFACT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function newContext(locale: string, extra: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ locale, viewport: { width: 320, height: 720 }, ...extra });
    // The Teams library asks Microsoft's list of Teams origins; offline, the test answers it.
    await context.route('https://res.cdn.office.net/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft'] }),
      }),
    );
    // The stand-in panel host is the local app behind an https address.
    await context.route(`${PANEL_HOST}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `${base}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    });
    return context;
  }

  function watch(page: Page, context: BrowserContext): Opened {
    const problems: string[] = [];
    const requests: string[] = [];
    let marked = false;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const onRequest = (request: Request): void => {
      const url = new URL(request.url());
      // The page's reads from the bot, its language's content and texts, say nothing but the language.
      const contentRead = request.method() === 'GET' && url.pathname === '/panel/content.json' && [...url.searchParams.keys()].join() === 'locale';
      const textsRead =
        request.method() === 'GET' && /^\/panel\/texts\/[a-z]{2}-[A-Z]{2}\.json$/.test(url.pathname) && [...url.searchParams.keys()].join() === 'v';
      // The reader's file, fetched once the first card is up: a fixed URL that says nothing.
      const readerRead = request.method() === 'GET' && url.pathname === '/panel/reader.js' && [...url.searchParams.keys()].join() === 'v';
      if (marked && (url.origin === base || url.origin === PANEL_HOST) && !contentRead && !textsRead && !readerRead)
        requests.push(`${request.method()} ${url.pathname}`);
    };
    context.on('request', onRequest);
    return { page, context, problems, botRequests: () => requests, mark: () => void (marked = true) };
  }

  async function openPanel(locale: string, query = '', extra: Parameters<Browser['newContext']>[0] = {}): Promise<Opened> {
    const context = await newContext(locale, extra);
    const page = await context.newPage();
    const opened = watch(page, context);
    await page.goto(`${base}/panel${query}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: WAIT });
    opened.mark();
    return opened;
  }

  async function verdictOf(page: Page): Promise<string> {
    await page.locator('body[data-verdict]:not([data-verdict=""])').waitFor({ timeout: WAIT });
    return (await page.locator('body').getAttribute('data-verdict')) ?? '';
  }

  async function axeViolations(page: Page, frameSelector?: string): Promise<string[]> {
    const target = frameSelector ? page.frameLocator(frameSelector).locator('html') : page.locator('html');
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    await target.evaluate((_, source) => (0, eval)(source), axeSource);
    const violations = await target.evaluate(async () => {
      const axe = (
        window as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')}`);
  }

  for (const locale of LOCALES) {
    it(`${locale}: one typed sentence reaches the verdict, with no request to the bot`, async () => {
      const { page, context, problems, botRequests } = await openPanel(locale);
      const strings = panelStringsFor(locale);
      assert.equal(await page.locator('html').getAttribute('lang'), locale);
      assert.equal(await page.title(), strings.title);
      assert.equal(await page.locator('#sentence-label').textContent(), strings.sentenceLabel);
      // The first question is on screen, below the sentence box.
      await page.locator('.card-question input[name="cloud"]').first().waitFor({ timeout: WAIT });
      const { text, answers } = utterance(SENTENCES[locale]);
      await page.fill('#sentence', text);
      await page.click('#sentence-submit');
      // Each sentence states SPEC row G1 (bought through an EA, licences, support): eligible.
      assert.deepEqual(answers, { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' });
      const expected = 'eligible';
      assert.equal(await verdictOf(page), expected, 'issue 67 finding 3: the SPEC row G1 verdict');
      const verdict = page.locator(`#verdict-${expected}`);
      assert.match((await verdict.textContent()) ?? '', new RegExp(catalogFor(locale).verdicts[expected]));
      // The page is no wider than the panel.
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scrolling at 320 px');
      assert.deepEqual(botRequests(), []);
      assert.equal(await page.locator('body').getAttribute('data-host'), 'browser');
      await page.screenshot({ path: path.join(ARTIFACT_DIR, `panel-${locale}-verdict.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('shows the first question before the reader is in; a sentence typed meanwhile waits for it and is read', async () => {
    const context = await newContext('en-US');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(`${base}/panel/reader.js*`, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const opened = watch(page, context);
    await page.goto(`${base}/panel`, { waitUntil: 'domcontentloaded' });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: WAIT });
    assert.equal(await page.locator('body').getAttribute('data-prepared'), null, 'the first card came without the reader');
    const { text } = utterance(SENTENCES['en-US']);
    await page.fill('#sentence', text);
    await page.press('#sentence', 'Enter');
    assert.equal(await page.locator('body').getAttribute('data-verdict'), '', 'no verdict before the reader is in');
    release();
    assert.equal(await verdictOf(page), 'eligible');
    assert.equal(await page.locator('body').getAttribute('data-prepared'), 'true');
    assert.deepEqual(opened.problems, []);
    await context.close();
  });

  it('a reader that cannot be fetched leaves the sentence unread: the cards ask, nothing breaks', async () => {
    const context = await newContext('en-US');
    await context.route(`${base}/panel/reader.js*`, (route) => route.abort());
    const page = await context.newPage();
    const opened = watch(page, context);
    await page.goto(`${base}/panel`);
    await page.locator('body[data-prepared="true"]').waitFor({ timeout: WAIT });
    await page.fill('#sentence', utterance(SENTENCES['en-US']).text);
    await page.press('#sentence', 'Enter');
    // The sentence states every answer; unread by the reader (the option names alone still read
    // the cloud), the cards ask where the customer bought: no verdict.
    await page.locator('.card-question', { hasText: catalogFor('en-US').questions.channel.prompt }).waitFor({ timeout: WAIT });
    assert.equal(await page.locator('body').getAttribute('data-verdict'), '');
    // The one problem: the refused file, as the browser logs it.
    assert.deepEqual(
      opened.problems.filter((p) => !p.includes('ERR_FAILED')),
      [],
    );
    await context.close();
  });

  it("shows the first question without waiting for the deployment's content, in English and in a fetched language", async () => {
    for (const locale of ['en-US', 'hu-HU']) {
      const context = await newContext(locale);
      // The content never answers (the page gives up on it after 3 s): the first card comes before that.
      await context.route(`${base}/panel/content.json*`, () => undefined);
      // The page notes, as they happen, which of "ready" and "content settled" comes first: read
      // afterwards, the order does not depend on how busy the page's thread was in between.
      await context.addInitScript(`
        const seen = (window.panelMarks = []);
        new MutationObserver((records) => {
          for (const r of records) if (r.target.hasAttribute(r.attributeName)) seen.push(r.attributeName);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-content'] });
      `);
      const page = await context.newPage();
      await page.goto(`${base}/panel`);
      await page.locator('body[data-ready="true"]').waitFor({ timeout: WAIT });
      const marks = await page.evaluate(() => (window as unknown as { panelMarks: string[] }).panelMarks);
      assert.equal(marks[0], 'data-ready', `${locale}: ready while the content is still awaited (${marks.join(', ')})`);
      await page
        .locator('.card-question')
        .getByText(catalogFor(locale as LocaleTag).questions.cloud.prompt)
        .waitFor({ timeout: WAIT });
      await context.close();
    }
  });

  it('opened on its own (not in Teams), asks nothing of the Teams library: no request for its origin list', async () => {
    const context = await newContext('en-US');
    const asked: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).hostname === 'res.cdn.office.net') asked.push(request.url());
    });
    const page = await context.newPage();
    const opened = watch(page, context);
    await page.goto(`${base}/panel`);
    await page.locator('body[data-host="browser"]').waitFor({ timeout: WAIT });
    assert.deepEqual(asked, []);
    assert.deepEqual(opened.problems, []);
    await context.close();
  });

  it('a case by clicks, back, change an answer, restart, and the summary on the clipboard', async () => {
    const { page, context, problems, botRequests } = await openPanel('pt-BR', '', { permissions: ['clipboard-read', 'clipboard-write'] });
    const c = catalogFor('pt-BR');
    const click = async (question: string, option: string): Promise<void> => {
      const card = page.locator('.card-question').last();
      await card.locator(`input[name="${question}"][value="${option}"]`).check();
      await card.getByRole('button', { name: c.question.submit, exact: true }).click();
    };
    await click('cloud', 'global');
    await click('channel', 'open');
    // Back to the channel, then another one.
    await page.locator('.card-question').getByRole('button', { name: c.commands.back.label, exact: true }).click();
    assert.equal((await page.locator('.card-question input[name="channel"]').count()) > 0, true);
    await click('channel', 'otherCsp');
    await click('service', 'license');
    await click('goal', 'move');
    await click('partnerType', 'direct');
    const answers: CompleteAnswers = { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' };
    // SPEC row G6 (another CSP partner, licences, move): transfer.
    assert.equal(await verdictOf(page), 'transfer', 'issue 67 finding 3: the SPEC row G6 verdict');

    // Change an answer: the goal becomes support, and the verdict follows.
    await page.locator('.card-result').getByRole('button', { name: c.commands.change.label, exact: true }).click();
    await page.locator('.card-change input[value="goal"]').check();
    await page.locator('.card-change').getByRole('button', { name: c.change.submit, exact: true }).click();
    await click('goal', 'support');
    const changed: CompleteAnswers = { ...answers, goal: 'support' };
    // SPEC row G5 (another CSP partner, licences, support): notCovered.
    assert.equal(await verdictOf(page), 'notCovered', 'issue 67 finding 3: the SPEC row G5 verdict');

    // The summary really is on the clipboard, and shown for selecting by hand.
    await page.locator('.card-result').getByRole('button', { name: c.commands.summary.label, exact: true }).click();
    await page.locator('body[data-copied="true"]').waitFor({ timeout: WAIT });
    const expected = summaryText(decide(changed, DEFAULT_EDITION), changed, c, 'pt-BR');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    assert.equal(await page.locator('#summary-text').textContent(), expected);
    assert.equal(await page.locator('#status').textContent(), panelStringsFor('pt-BR').copied);

    // Start over: the first question again, the answers gone.
    await page.locator('.card-result').getByRole('button', { name: c.commands.restart.label, exact: true }).click();
    await page.locator('.card-question input[name="cloud"]').first().waitFor({ timeout: WAIT });
    assert.equal(await page.locator('.card-question input:checked').count(), 0);
    assert.equal(await page.locator('body').getAttribute('data-verdict'), '');
    assert.deepEqual(botRequests(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("a language picked on the page's own card: its texts fetched then, and English where a language's texts cannot be had", async () => {
    const { page, context, problems, botRequests } = await openPanel('en-US');
    const texts: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/panel/texts/')) texts.push(url.pathname);
    });
    // Hungarian's texts do not come (the bot unreachable for them): the page stays usable, in English.
    await context.route(`${base}/panel/texts/hu-HU.json*`, (route) => route.abort());
    // The command typed in English whatever the page's language: commands are read in every language.
    const pick = async (from: LocaleTag, to: LocaleTag): Promise<void> => {
      await page.fill('#sentence', catalogFor('en-US').commands.language.phrases[0]!);
      await page.click('#sentence-submit');
      const card = page.locator('.card-language').last();
      await card.locator(`input[name="locale"][value="${to}"]`).check();
      await card.getByRole('button', { name: catalogFor(from).language.pickerSubmit, exact: true }).click();
    };
    await pick('en-US', 'ru-RU');
    await page.locator('html[lang="ru-RU"]').waitFor({ timeout: WAIT });
    await page.locator('.card-question').getByText(catalogFor('ru-RU').questions.cloud.prompt).waitFor({ timeout: WAIT });
    assert.deepEqual(texts, ['/panel/texts/ru-RU.json'], "Russian's texts fetched once, when Russian was picked");
    await pick('ru-RU', 'hu-HU');
    await page.locator('html[lang="hu-HU"]').waitFor({ timeout: WAIT });
    await page.locator('.card-question').getByText(catalogFor('en-US').questions.cloud.prompt).waitFor({ timeout: WAIT });
    assert.deepEqual(botRequests(), []);
    // The one problem: the refused request, as the browser logs it.
    assert.deepEqual(
      problems.filter((p) => !p.includes('ERR_FAILED')),
      [],
    );
    await context.close();
  });

  it('copies the summary the old way when the Clipboard API is refused', async () => {
    const { page, context, problems } = await openPanel('en-US', '', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('not allowed in this frame')) });
    });
    await page.fill('#sentence', utterance(SENTENCES['en-US']).text);
    await page.press('#sentence', 'Enter');
    await verdictOf(page);
    await page
      .locator('.card-result')
      .getByRole('button', { name: catalogFor('en-US').commands.summary.label, exact: true })
      .click();
    await page.locator('body[data-copied]').waitFor({ timeout: WAIT });
    assert.equal(await page.locator('body').getAttribute('data-copied'), 'true');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Multi-channel Advisor: /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the dark and high-contrast themes from the URL Teams fills in', async () => {
    for (const theme of ['dark', 'contrast'] as const) {
      const { page, context, problems } = await openPanel('zh-CN', `?theme=${theme}&locale=zh-CN`);
      assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), rgb(PALETTES[theme].background));
      const card = page.locator('.card-question .ac-adaptiveCard').first();
      assert.equal(await card.evaluate((e) => getComputedStyle(e).backgroundColor), rgb(PALETTES[theme].card));
      await page.fill('#sentence', utterance(SENTENCES['zh-CN']).text);
      await page.press('#sentence', 'Enter');
      await verdictOf(page);
      await page.screenshot({ path: path.join(ARTIFACT_DIR, `panel-zh-CN-${theme}.png`), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], `axe in the ${theme} theme`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('keyboard only: from the sentence box to the verdict, and through a question card', async () => {
    const { page, context, problems } = await openPanel('hu-HU');
    const c = catalogFor('hu-HU');
    // From the top of the page, Tab reaches the sentence box first.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sentence');
    // A sentence that leaves the partner's role open: the question card takes the focus.
    await page.keyboard.type('m365 ea-n keresztül, támogatás kell, kereskedelmi felhő');
    await page.keyboard.press('Enter');
    await page.locator('.card-question input[name="partnerType"]').first().waitFor({ timeout: WAIT });
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'partnerType');
    // Arrow keys choose, Tab reaches the submit button, Enter presses it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.value), 'direct');
    await page.keyboard.press('Space');
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent ?? '')) !== c.question.submit && steps++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await verdictOf(page), 'eligible');
    // The verdict has the focus, and says itself in words, not by colour only.
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^verdict-eligible$/);
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), new RegExp(c.verdicts.eligible));
    assert.match((await page.locator('#status').textContent()) ?? '', new RegExp(c.verdicts.eligible));
    // Read out, but not shown as a stray line under the card that already says it.
    const status = (await page.locator('#status').boundingBox())!;
    assert.ok(status.width <= 1 && status.height <= 1, `the verdict's announcement takes ${status.width}×${status.height} px on screen`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('no serious or critical accessibility violation on the panel (question, result) and on the Web Chat page', async () => {
    const { page, context } = await openPanel('en-US');
    assert.deepEqual(await axeViolations(page), [], 'panel with the first question');
    await page.fill('#sentence', utterance(SENTENCES['en-US']).text);
    await page.press('#sentence', 'Enter');
    await verdictOf(page);
    assert.deepEqual(await axeViolations(page), [], 'panel with the verdict');
    await context.close();

    const chatContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const chat = await chatContext.newPage();
    await chat.goto(`${base}/`);
    await chat.locator('.ac-adaptiveCard input[type="radio"]').first().waitFor({ timeout: WAIT });
    assert.deepEqual(await axeViolations(chat), [], 'Web Chat page');
    await chatContext.close();
  });

  /** A stand-in Teams host page: frames the panel and answers the Teams library's messages. */
  function teamsHostPage(panelUrl: string, context: { locale: string; theme: string; frameContext: string }): string {
    const runtime = JSON.stringify({ apiVersion: 4, supports: { pages: { config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} } });
    return `<!doctype html><html><body style="margin:0">
<iframe id="panel" src="${panelUrl}" style="width:320px;height:700px;border:0" allow="clipboard-write"></iframe>
<script>
const ctx = ${JSON.stringify(context)};
const frame = document.getElementById('panel');
window.teamsMessages = [];
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || typeof m.func !== 'string') return;
  window.teamsMessages.push(m.func);
  const reply = (args) => frame.contentWindow.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '*');
  if (m.func === 'initialize') reply([ctx.frameContext, 'web', ${JSON.stringify(runtime)}, '2.58.0']);
  else if (m.func === 'getContext') reply([{ locale: ctx.locale, theme: ctx.theme, frameContext: ctx.frameContext, entityId: 'advisor-panel', hostClientType: 'web' }]);
});
window.changeTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script></body></html>`;
  }

  it('inside Teams: language, theme and frame from the context, and a theme change followed live', async () => {
    const context = await newContext('en-US');
    await context.route(`${TEAMS_HOST}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: teamsHostPage(`${PANEL_HOST}/panel?locale=en-us&theme=default`, { locale: 'ru-ru', theme: 'default', frameContext: 'sidePanel' }),
      }),
    );
    const page = await context.newPage();
    const opened = watch(page, context);
    await page.goto(`${TEAMS_HOST}/meeting`);
    const panel = page.frameLocator('#panel');
    await panel.locator('body[data-host="teams"]').waitFor({ timeout: WAIT });
    opened.mark();
    assert.equal(await panel.locator('body').getAttribute('data-frame'), 'sidePanel');
    // The URL said English; the Teams context says Russian, and the page follows it.
    assert.equal(await panel.locator('html').getAttribute('lang'), 'ru-RU');
    assert.equal(await panel.locator('#sentence-label').textContent(), panelStringsFor('ru-RU').sentenceLabel);
    await panel.locator('.card-question').getByText(catalogFor('ru-RU').questions.cloud.prompt).waitFor({ timeout: WAIT });
    // Teams switches to the dark theme while the panel is open.
    await page.evaluate(() => (window as unknown as { changeTheme(t: string): void }).changeTheme('dark'));
    await panel.locator('html[data-theme="dark"]').waitFor({ timeout: WAIT });
    assert.equal(
      await panel
        .locator('.card-question .ac-adaptiveCard')
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor),
      rgb(PALETTES.dark.card),
    );
    await panel.locator('#sentence').fill(utterance(SENTENCES['ru-RU']).text);
    await panel.locator('#sentence').press('Enter');
    await panel.locator('body[data-verdict="eligible"]').waitFor({ timeout: WAIT });
    assert.deepEqual(opened.botRequests(), []);
    assert.ok((await page.evaluate(() => (window as unknown as { teamsMessages: string[] }).teamsMessages)).includes('registerHandler'));
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'panel-in-teams-dark.png') });
    assert.deepEqual(opened.problems, []);
    await context.close();
  });

  it('is framed by a Teams host and refused by any other site', async () => {
    const context = await newContext('en-US');
    const framing = (url: string) => `<!doctype html><iframe id="panel" src="${url}" style="width:320px;height:600px"></iframe>`;
    await context.route('https://portal.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: framing(`${PANEL_HOST}/panel`) }));
    await context.route(`${TEAMS_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: framing(`${PANEL_HOST}/panel`) }));
    const page = await context.newPage();
    await page.goto(`${TEAMS_HOST}/tab`);
    await page.frameLocator('#panel').locator('body[data-ready="true"]').waitFor({ timeout: WAIT });

    const other = await context.newPage();
    const refused = new Promise<string>((resolve) => other.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())));
    await other.goto('https://portal.example/');
    assert.match(await refused, /frame-ancestors/);
    const frame = other.frames().find((f) => f !== other.mainFrame());
    assert.ok(frame, 'the iframe exists');
    assert.equal(await frame.evaluate(() => document.body?.dataset.ready ?? null).catch(() => null), null);
    await context.close();
  });
});
