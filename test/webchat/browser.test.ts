// The Web Chat page in a real browser: headless Chromium opens the page served by the real app,
// Web Chat talks to the bot through the local Direct Line, and a whole case is answered by
// clicking the cards (and by typing), in English, Russian, Chinese and Hungarian. Screenshots of the finished conversation are left in
// test-artifacts/ for people to look at.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { createApp, App } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { stringsFor } from '../../src/conversation/pages/webChatPage';
import { ARTIFACT_DIR } from '../support/paths';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 15_000;

interface Watch {
  problems: string[];
  directLineCalls: number;
}

describe('Web Chat page in Chromium (local Direct Line)', function () {
  this.timeout(90_000);

  let app: App;
  let base: string;
  let context: BrowserContext;
  let profileDir: string;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    // Every page load asks for a token from the same address: more than the default 10 a minute here.
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEBCHAT_TOKEN_RATE_LIMIT: '100' }));
    base = `http://127.0.0.1:${await app.listen()}`;
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-test-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    fs.mkdirSync(ARTIFACT_DIR, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  async function openPage(query = ''): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const watch: Watch = { problems: [], directLineCalls: 0 };
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
    );
    page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /Failed to render Adaptive Cards/.test(message.text())) watch.problems.push(message.text());
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/v3/directline/')) watch.directLineCalls++;
    });
    await page.goto(`${base}/${query}`);
    return { page, watch };
  }

  /** The newest card that asks this question. */
  function questionCard(page: Page, question: string): Locator {
    return page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator(`input[type="radio"][name="${question}"]`) })
      .last();
  }

  async function answerByClicking(page: Page, locale: LocaleTag, question: string, option: string): Promise<void> {
    const card = questionCard(page, question);
    await card.waitFor({ timeout: STEP_TIMEOUT });
    await card.locator(`input[type="radio"][value="${option}"]`).check();
    await card.getByRole('button', { name: catalogFor(locale).question.submit, exact: true }).click();
  }

  async function answerByTyping(page: Page, question: string, text: string): Promise<void> {
    await questionCard(page, question).waitFor({ timeout: STEP_TIMEOUT });
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  }

  async function linksOf(card: Locator): Promise<string[]> {
    const hrefs: string[] = [];
    for (const link of await card.locator('[id^="link-"] a').all()) hrefs.push((await link.getAttribute('href')) ?? '');
    return hrefs;
  }

  async function screenshots(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACT_DIR, `webchat-${name}-desktop.png`) });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACT_DIR, `webchat-${name}-phone.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ]) {
    it(`opens a question card's "…" menu inside the chat, styled and by keyboard, with the header in view (${viewport.width} px)`, async () => {
      const { page, watch } = await openPage('?locale=en-US');
      await page.setViewportSize(viewport);
      const c = catalogFor('en-US');
      const card = questionCard(page, 'cloud');
      await card.waitFor({ timeout: STEP_TIMEOUT });
      // Named in the page's language, not "..." read out in English.
      const more = card.getByRole('button', { name: stringsFor('en-US').more, exact: true });
      assert.equal((await more.textContent())?.trim(), stringsFor('en-US').more);
      await more.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu');
      await menu.waitFor({ timeout: STEP_TIMEOUT });
      const items = menu.getByRole('menuitem');
      assert.deepEqual(await items.allTextContents(), [c.commands.restart.label, c.commands.help.label, c.commands.cancel.label]);
      // Inside the chat frame, below the header, which stays in view (the page did not scroll).
      const chat = (await page.locator('#chat').boundingBox())!;
      const header = (await page.locator('header.bar').boundingBox())!;
      const box = (await menu.boundingBox())!;
      assert.ok(box.x >= chat.x && box.x + box.width <= chat.x + chat.width + 0.5, `menu ${JSON.stringify(box)} within the chat ${JSON.stringify(chat)}`);
      assert.ok(box.y >= chat.y && box.y + box.height <= chat.y + chat.height + 0.5, `menu ${JSON.stringify(box)} within the chat ${JSON.stringify(chat)}`);
      assert.ok(header.y >= 0 && header.height > 0, 'the header is in view');
      assert.equal(await page.evaluate('document.scrollingElement.scrollTop'), 0, 'the page did not scroll');
      // Styled: a surface with a border, like the page's own controls, not bare text on the page.
      const look = (await page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.ac-ctrl-popup-container')); return { background: s.backgroundColor, border: s.borderTopStyle }; })()",
      )) as { background: string; border: string };
      assert.notEqual(look.background, 'rgba(0, 0, 0, 0)', 'the menu has a background');
      assert.notEqual(look.border, 'none', 'the menu has a border');
      // By keyboard: the first item has the focus, the arrow keys move it, Enter picks it.
      const focused = (): Promise<unknown> => page.evaluate('document.activeElement.textContent');
      assert.equal(await focused(), c.commands.restart.label, 'the first item has the focus');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), c.commands.help.label, 'ArrowDown moves to Help');
      await page.screenshot({ path: path.join(ARTIFACT_DIR, `webchat-overflow-${viewport.width}.png`) });
      await page.keyboard.press('Enter');
      await page.locator('#help').last().waitFor({ timeout: STEP_TIMEOUT });
      assert.equal(await menu.count(), 0, 'the menu closed');
      assert.deepEqual(watch.problems, []);
      await page.close();
    });
  }

  it('on a 375-px phone, in Portuguese, each radio button sits on the first line of its label, and the menu button has a word for its name', async () => {
    const { page, watch } = await openPage('?locale=pt-BR');
    await page.setViewportSize({ width: 375, height: 812 });
    const card = questionCard(page, 'cloud');
    await card.waitFor({ timeout: STEP_TIMEOUT });
    await page.waitForTimeout(300);
    // Plain JS in the page (the tests compile without the DOM library): each radio button of the card, and the first line of its label.
    const rows = (await page.evaluate(`(() => {
      const cards = Array.from(document.querySelectorAll('.ac-adaptiveCard')).filter((c) => c.querySelector('input[type="radio"][name="cloud"]'));
      const card = cards[cards.length - 1];
      return Array.from(card.querySelectorAll('input[type="radio"]')).map((input) => {
        const label = document.querySelector('label[for="' + input.id + '"]');
        const line = parseFloat(getComputedStyle(label).lineHeight);
        const box = input.getBoundingClientRect();
        const text = label.getBoundingClientRect();
        return { radio: box.top + box.height / 2, firstLine: text.top + line / 2, lines: text.height / line };
      });
    })()`)) as { radio: number; firstLine: number; lines: number }[];
    assert.equal(rows.length, 3, 'three choices');
    assert.ok(
      rows.some((r) => r.lines > 1.5),
      `a label that wraps at this width (${JSON.stringify(rows)})`,
    );
    for (const r of rows) assert.ok(Math.abs(r.radio - r.firstLine) <= 1, `the radio button on the first line of its label: ${JSON.stringify(r)}`);
    const more = card.getByRole('button', { name: stringsFor('pt-BR').more, exact: true });
    assert.equal((await more.textContent())?.trim(), stringsFor('pt-BR').more, 'the menu button says Mais');
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'webchat-radios-375-pt-BR.png') });
    assert.deepEqual(watch.problems, []);
    await page.close();
  });

  it('keeps the header to one line on a phone', async () => {
    const { page } = await openPage('?locale=hu-HU');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('#bot-name').waitFor();
    const height = (await page.locator('header.bar').boundingBox())!.height;
    assert.ok(height <= 56, `the header is ${height} px high`);
    await page.close();
  });

  it('completes a case in en-US by clicking the cards and typing one answer', async () => {
    const { page, watch } = await openPage();
    const strings = stringsFor('en-US');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-US');
    assert.equal(await page.title(), 'Chat with Multi-channel Advisor');
    assert.equal(await page.locator('#subtitle').textContent(), strings.subtitle);

    await answerByClicking(page, 'en-US', 'cloud', 'global');
    // Typed instead of clicked, as a user might in Teams.
    await answerByTyping(page, 'channel', 'Enterprise Agreement');
    await answerByClicking(page, 'en-US', 'service', 'license');
    await answerByClicking(page, 'en-US', 'goal', 'support');
    await answerByClicking(page, 'en-US', 'partnerType', 'direct');

    const verdict = page.locator('#verdict-eligible').last();
    await verdict.waitFor({ timeout: STEP_TIMEOUT });
    assert.match((await verdict.textContent()) ?? '', new RegExp(catalogFor('en-US').verdicts.eligible));
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('#verdict-eligible') })
      .last();
    const hrefs = await linksOf(result);
    assert.ok(hrefs.length >= 2, `expected the result's links, got ${JSON.stringify(hrefs)}`);
    for (const href of hrefs) assert.match(href, /^https:\/\/learn\.microsoft\.com\/en-us\//);
    // The typed answer shows as the user's own message, and the status overlay is gone.
    await page.getByText('Enterprise Agreement', { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT });
    assert.equal(await page.locator('#status').isHidden(), true);

    // The verdict's mark is drawn with a colour emoji font, not as an empty box.
    const markFonts = await fontsUsed(page, '#verdict-eligible, #verdict-eligible *');
    assert.ok(
      markFonts.some((f) => /emoji/i.test(f)),
      `the verdict mark drawn with ${markFonts.join(', ')} (apt-get install fonts-noto-color-emoji)`,
    );

    await screenshots(page, 'en-US');
    assert.ok(watch.directLineCalls > 5, 'Web Chat should talk to the local Direct Line');
    assert.deepEqual(watch.problems, []);
    await page.close();
  });

  it("shows the page in Russian with ?locale=ru-RU and finishes with the bot's answer", async () => {
    const { page, watch } = await openPage('?locale=ru-RU');
    const strings = stringsFor('ru-RU');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru-RU');
    // The product's own Russian name, as the Teams manifest gives it, in the title and the header.
    assert.equal(await page.title(), strings.title.replace('{botName}', strings.productName));
    assert.equal(await page.locator('#bot-name').textContent(), strings.productName);
    assert.match(strings.productName, /\p{Script=Cyrillic}/u);
    assert.equal(await page.locator('#subtitle').textContent(), strings.subtitle);
    assert.match(strings.subtitle, /\p{Script=Cyrillic}/u);
    // Web Chat's own interface follows the locale too.
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: STEP_TIMEOUT });
    assert.match((await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')) ?? '', /\p{Script=Cyrillic}/u);

    // Whatever language the bot answers in (its Russian resource may still be in translation),
    // the cards are the bot's, so the labels come from the same catalog the bot uses.
    await answerByClicking(page, 'ru-RU', 'cloud', 'global');
    await answerByClicking(page, 'ru-RU', 'channel', 'syndication');
    await answerByClicking(page, 'ru-RU', 'service', 'usage');
    await answerByClicking(page, 'ru-RU', 'partnerType', 'indirectReseller');

    const verdict = page.locator('#verdict-notEligible').last();
    await verdict.waitFor({ timeout: STEP_TIMEOUT });
    assert.match((await verdict.textContent()) ?? '', new RegExp(catalogFor('ru-RU').verdicts.notEligible));
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('#verdict-notEligible') })
      .last();
    const hrefs = await linksOf(result);
    assert.ok(hrefs.length >= 1, `expected the result's links, got ${JSON.stringify(hrefs)}`);
    for (const href of hrefs) assert.match(href, /^https:\/\/learn\.microsoft\.com\/ru-ru\//);

    await screenshots(page, 'ru-RU');
    assert.deepEqual(watch.problems, []);
    await page.close();
  });

  /** The font families Chromium drew the text inside the elements matching `selector` with. */
  async function fontsUsed(page: Page, selector: string): Promise<string[]> {
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const families = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) if (font.glyphCount > 0) families.add(font.familyName);
    }
    await cdp.detach();
    return [...families];
  }

  type Step = [question: string, answer: { click: string } | { type: string }];

  /** The page in a language (checked), with a case answered step by step. */
  async function caseIn(locale: LocaleTag, steps: Step[]): Promise<{ page: Page; watch: Watch }> {
    const opened = await openPage(`?locale=${locale}`);
    assert.equal(await opened.page.locator('html').getAttribute('lang'), locale);
    assert.equal(await opened.page.locator('#subtitle').textContent(), stringsFor(locale).subtitle);
    for (const [question, answer] of steps) {
      if ('click' in answer) await answerByClicking(opened.page, locale, question, answer.click);
      else await answerByTyping(opened.page, question, answer.type);
    }
    return opened;
  }

  it('shows Chinese (zh-CN) in a CJK font, typed labels included, through to the 21Vianet result', async () => {
    const c = catalogFor('zh-CN');
    const { page, watch } = await caseIn('zh-CN', [
      ['cloud', { click: 'china' }],
      ['channel', { type: c.questions.channel.options.vianet }],
      ['service', { click: 'license' }],
      ['goal', { click: 'support' }],
      ['partnerType', { click: 'direct' }],
    ]);

    const verdict = page.locator('#verdict-eligible').last();
    await verdict.waitFor({ timeout: STEP_TIMEOUT });
    assert.match((await verdict.textContent()) ?? '', new RegExp(c.verdicts.eligible));
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('#outcome-C1') })
      .last();
    for (const href of await linksOf(result)) assert.match(href, /^https:\/\/www\.21vbluecloud\.com\//);
    // Drawn with a CJK font, not as empty boxes.
    const fonts = await fontsUsed(page, '.ac-adaptiveCard .ac-textBlock, .ac-adaptiveCard .ac-textBlock *');
    assert.ok(
      fonts.some((f) => /CJK|YaHei/i.test(f)),
      `Chinese text drawn with ${fonts.join(', ')} (apt-get install fonts-noto-cjk)`,
    );

    await screenshots(page, 'zh-CN');
    assert.deepEqual(watch.problems, []);
    await page.close();
  });

  it('shows Hungarian (hu-HU): a numbered label typed as shown, and the edition with its review date, not as a list', async () => {
    const c = catalogFor('hu-HU');
    const { page, watch } = await caseIn('hu-HU', [
      ['cloud', { click: 'global' }],
      ['channel', { type: `4 · ${c.questions.channel.options.ea}` }],
      ['service', { click: 'license' }],
      ['goal', { click: 'support' }],
      ['partnerType', { click: 'direct' }],
    ]);

    const verdict = page.locator('#verdict-eligible').last();
    await verdict.waitFor({ timeout: STEP_TIMEOUT });
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('#outcome-G1') })
      .last();
    for (const href of await linksOf(result)) assert.match(href, /^https:\/\/learn\.microsoft\.com\/hu-hu\//);
    const text = ((await result.textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(text, /2026\. november 24\./, 'the edition line shows its review date (G1 was corrected by the errata of 24 November)');
    assert.equal(await result.locator('ol').count(), 0, 'no text of the result became a numbered list');

    await screenshots(page, 'hu-HU');
    assert.deepEqual(watch.problems, []);
    await page.close();
  });

  it('shows the result as text once, wrapped in a 480 px frame', async () => {
    const { page, watch } = await openPage('?locale=en-US');
    await page.setViewportSize({ width: 480, height: 800 });
    const c = catalogFor('en-US');
    await answerByClicking(page, 'en-US', 'cloud', 'china');
    await answerByClicking(page, 'en-US', 'channel', 'other');
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('#outcome-C5') })
      .last();
    await result.waitFor({ timeout: STEP_TIMEOUT });
    await result.getByRole('button', { name: c.commands.summary.label, exact: true }).click();
    const heading = c.result.summaryHeading.replace('{verdict}', c.verdicts.notCovered);
    const message = page.locator('.webchat__bubble__content').filter({ hasText: heading }).last();
    await message.waitFor({ timeout: STEP_TIMEOUT });
    const text = (await message.textContent()) ?? '';
    assert.equal(text.split(c.verdicts.notCovered).length - 1, 1, `the verdict once in:\n${text}`);
    const width = await message.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, right: e.getBoundingClientRect().right }));
    assert.ok(width.scroll <= width.client + 1, `long lines wrap (${JSON.stringify(width)})`);
    assert.ok(width.right <= 480, `inside the frame (${JSON.stringify(width)})`);
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'webchat-summary-480.png') });
    assert.deepEqual(watch.problems, []);
    await page.close();
  });
  /** Waits until `read` gives what `done` accepts (the page's own script may not be evaluated: its CSP allows no eval). */
  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + STEP_TIMEOUT;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function pickLanguage(page: Page, from: LocaleTag, to: LocaleTag): Promise<void> {
    const pickers = page.locator('.ac-adaptiveCard').filter({ has: page.locator('input[type="radio"][name="locale"]') });
    const before = await pickers.count();
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(catalogFor(from).commands.language.phrases[0]!);
    await box.press('Enter');
    const picker = pickers.nth(before);
    await picker.waitFor({ timeout: STEP_TIMEOUT });
    await picker.locator(`input[type="radio"][value="${to}"]`).check();
    await picker.getByRole('button', { name: catalogFor(from).language.pickerSubmit, exact: true }).click();
  }

  it('lets the server name the user: an HttpOnly cookie the script cannot read, no id in localStorage, the same user after a reload', async () => {
    // A browser profile of its own: its visitor (and whatever that user leaves half done) stays out of the other tests.
    const ownProfile = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-identity-'));
    const own = await chromium.launchPersistentContext(ownProfile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await own.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      /** The user ids the local Direct Line put on this page's own messages. */
      const userIds: string[] = [];
      page.on('response', (response) => {
        if (response.request().method() !== 'GET' || !/\/v3\/directline\/conversations\/[^/]+\/activities$/.test(new URL(response.url()).pathname)) return;
        void response
          .json()
          .then((set: { activities: { from?: { id?: string; role?: string } }[] }) => {
            for (const a of set.activities) if (a.from?.role === 'user' && a.from.id) userIds.push(a.from.id);
          })
          .catch(() => undefined);
      });
      /** Loads the page, says something and gives the user id its message came back with. */
      const visit = async (): Promise<string> => {
        userIds.length = 0;
        await page.goto(`${base}/?locale=en-US`);
        await page.locator('body.connected').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
        const box = page.locator('[data-id="webchat-sendbox-input"]');
        await box.fill('commercial cloud');
        await box.press('Enter');
        return (await until(
          async () => userIds[0],
          (id) => id !== undefined,
          "the page's own message",
        ))!;
      };
      // The user id an earlier version of the page chose and kept: the page now removes it and never sends it.
      await page.goto(`${base}/?locale=en-US`);
      await page.evaluate("window.localStorage.setItem('multichannel-advisor.webchat.userId', 'dl_chosen_by_an_old_page_01')");
      const first = await visit();
      assert.match(first, /^dl_[A-Za-z0-9_-]{43}$/);
      assert.equal(await page.evaluate("window.localStorage.getItem('multichannel-advisor.webchat.userId')"), null);
      const cookies = (await own.cookies(base)).filter((c) => c.name === 'advisor-visitor');
      assert.equal(cookies.length, 1);
      assert.equal(cookies[0]!.httpOnly, true);
      assert.equal(cookies[0]!.sameSite, 'Strict');
      assert.equal(await page.evaluate("document.cookie.includes('advisor-visitor')"), false, 'the script cannot read it');
      assert.equal(await visit(), first, 'the same visitor after a reload, the same user');
      assert.deepEqual(problems, []);
    } finally {
      await own.close();
      fs.rmSync(ownProfile, { recursive: true, force: true });
    }
  });

  it('follows the language picked in the chat without a reload: title, header, input and timestamps', async () => {
    const { page, watch } = await openPage('?locale=en-US');
    const en = stringsFor('en-US');
    const ru = stringsFor('ru-RU');
    assert.equal(await page.title(), en.title.replace('{botName}', en.productName));
    await questionCard(page, 'cloud').waitFor({ timeout: STEP_TIMEOUT });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    await pickLanguage(page, 'en-US', 'ru-RU');
    await until(
      () => page.title(),
      (t) => t === ru.title.replace('{botName}', ru.productName),
      'the page title',
    );
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru-RU');
    assert.equal(await page.locator('#bot-name').textContent(), ru.productName);
    assert.equal(await page.locator('#subtitle').textContent(), ru.subtitle);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await until(
      async () => (await input.getAttribute('placeholder')) ?? '',
      (p) => /\p{Script=Cyrillic}/u.test(p),
      'the input placeholder',
    );
    // Web Chat's own timestamps ("Just now") are in Russian too.
    await until(
      () => page.locator('.webchat__activity-status').allTextContents(),
      (all) => all.some((t) => /\p{Script=Cyrillic}/u.test(t)),
      'the timestamps',
    );
    assert.equal(navigations, 0, 'no reload');

    // Back to English, so the next visit of this user starts in English again.
    await pickLanguage(page, 'ru-RU', 'en-US');
    await until(
      () => page.title(),
      (t) => t === en.title.replace('{botName}', en.productName),
      'the page title back in English',
    );
    assert.deepEqual(watch.problems, []);
    await page.close();
  });
});
