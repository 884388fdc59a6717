// How the Web Chat page presents a result, in headless Chromium against the real app and its local
// Direct Line: the verdict is in view when the result arrives (on a desktop and on a 375 px
// phone), coloured headings on tinted boxes reach WCAG AA contrast (computed from the colours the
// page really draws, as WCAG 2.1's relative luminance defines it:
// https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), and "Show as text" is text in the chat's own
// font with clickable links, not a monospace block.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { createApp, App } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 15_000;
const c = catalogFor('en-US');

/** G5: a customer who works with another CSP partner (a "not covered" verdict on a blue box). */
const G5 = [
  ['cloud', 'global'],
  ['channel', 'otherCsp'],
  ['service', 'license'],
  ['goal', 'support'],
  ['partnerType', 'direct'],
] as const;
/** G3 in the US Government cloud: its result has the US Government note on an orange box. */
const USGOV = [
  ['cloud', 'usgov'],
  ['channel', 'open'],
  ['service', 'usage'],
  ['partnerType', 'direct'],
] as const;

describe('Web Chat page in Chromium: how a result is presented', function () {
  this.timeout(120_000);

  let app: App;
  let base: string;
  let context: BrowserContext;
  let profileDir: string;
  const problems: string[] = [];

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    base = `http://127.0.0.1:${await app.listen()}`;
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-presentation-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  async function openPage(viewport: { width: number; height: number }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${base}/?locale=en-US`);
    return page;
  }

  function questionCard(page: Page, question: string): Locator {
    return page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator(`input[type="radio"][name="${question}"]`) })
      .last();
  }

  async function answer(page: Page, path: readonly (readonly [string, string])[]): Promise<void> {
    for (const [question, option] of path) {
      const card = questionCard(page, question);
      await card.waitFor({ timeout: STEP_TIMEOUT });
      await card.locator(`input[type="radio"][value="${option}"]`).check();
      await card.getByRole('button', { name: c.question.submit, exact: true }).click();
    }
  }

  /** The element's box and the transcript's visible box, once Web Chat's scrolling has settled (a second without change). */
  async function settledBoxes(page: Page, element: Locator): Promise<{ box: DOMRectLike; view: DOMRectLike }> {
    const scroller = page.locator('.webchat__basic-transcript__scrollable');
    let last = '';
    let still = 0;
    for (let i = 0; i < 60 && still < 7; i++) {
      await page.waitForTimeout(150);
      const now = JSON.stringify([await element.boundingBox(), await scroller.evaluate('(s) => s.scrollTop')]);
      still = now === last ? still + 1 : 0;
      last = now;
    }
    return { box: (await element.boundingBox())!, view: (await scroller.boundingBox())! };
  }

  function inView(box: DOMRectLike, view: DOMRectLike): boolean {
    return box.y >= view.y - 1 && box.y + Math.min(box.height, 40) <= view.y + view.height;
  }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ]) {
    it(`shows the verdict, not the end of the long result card, when the result arrives (${viewport.width} px)`, async () => {
      const page = await openPage(viewport);
      await answer(page, G5);
      const verdict = page.locator('[id^="verdict-"]').last();
      await verdict.waitFor({ timeout: STEP_TIMEOUT });
      const { box, view } = await settledBoxes(page, verdict);
      assert.ok(inView(box, view), `the verdict at ${box.y}..${box.y + box.height} is outside the visible transcript ${view.y}..${view.y + view.height}`);
      // Web Chat still follows what comes next: a typed "help" brings the help card into view.
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.fill('help');
      await sendBox.press('Enter');
      const help = page.locator('#help').last();
      await help.waitFor({ timeout: STEP_TIMEOUT });
      const after = await settledBoxes(page, help);
      assert.ok(inView(after.box, after.view), 'the help posted after the result is in view');
      await page.close();
    });
  }

  /** The contrast ratio of the first element `selector` matches against the background drawn behind it. */
  async function contrastOf(page: Page, selector: string): Promise<{ ratio: number; text: string; color: string; background: string }> {
    // A string: the test's types have no DOM, the page has.
    return page.evaluate(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) throw new Error('nothing matches the selector');
      const rgb = (css) => (css.match(/[\\d.]+/g) || []).map(Number);
      let node = element;
      let background = 'rgba(0, 0, 0, 0)';
      while (node) {
        const bg = getComputedStyle(node).backgroundColor;
        if ((rgb(bg)[3] ?? 1) > 0) { background = bg; break; }
        node = node.parentElement;
      }
      const color = getComputedStyle(element).color;
      const luminance = (css) => {
        const [r, g, b] = rgb(css).map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [l1, l2] = [luminance(color), luminance(background)].sort((a, b) => b - a);
      return { ratio: (l1 + 0.05) / (l2 + 0.05), text: element.textContent || '', color, background };
    })()`);
  }

  it('draws the verdict title on its tinted box at 4.5:1 or more (G5, "not covered")', async () => {
    const page = await openPage({ width: 1280, height: 900 });
    await answer(page, G5);
    await page.locator('#verdict-notCovered').last().waitFor({ timeout: STEP_TIMEOUT });
    const title = await contrastOf(page, '#verdict-notCovered .ac-textBlock');
    // G5 is titled by what to do (erratum E12), not by its verdict.
    assert.equal(title.text.replace(/^\W+/, '').trim(), c.outcomes['2026-11'].G5.title);
    assert.ok(title.ratio >= 4.5, `"${title.text}" ${title.color} on ${title.background}: ${title.ratio.toFixed(2)}:1`);
    await page.close();
  });

  it('draws the US Government note heading on its tinted box at 4.5:1 or more', async () => {
    const page = await openPage({ width: 1280, height: 900 });
    await answer(page, USGOV);
    await page.locator('#note-usgovAdminAccess').last().waitFor({ timeout: STEP_TIMEOUT });
    const heading = await contrastOf(page, '#note-usgovAdminAccess .ac-textBlock');
    assert.equal(heading.text.trim(), c.notes.usgovAdminAccess.title);
    assert.ok(heading.ratio >= 4.5, `"${heading.text}" ${heading.color} on ${heading.background}: ${heading.ratio.toFixed(2)}:1`);
    await page.close();
  });

  it('"Show as text" posts text in the chat\'s font with clickable links and its lines kept', async () => {
    const page = await openPage({ width: 1280, height: 900 });
    await answer(page, USGOV);
    const result = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.locator('[id^="verdict-"]') })
      .last();
    await result.waitFor({ timeout: STEP_TIMEOUT });
    await result.getByRole('button', { name: c.commands.summary.label, exact: true }).click();
    const heading = page.getByText('Multi-channel Advisor: Eligible', { exact: true });
    await heading.waitFor({ timeout: STEP_TIMEOUT });
    const message = page.locator('.webchat__bubble__content').filter({ has: heading }).last();
    assert.equal(await message.locator('pre, code').count(), 0, 'no code block');
    const font = String(await heading.evaluate('(e) => getComputedStyle(e).fontFamily'));
    assert.doesNotMatch(font, /mono|consolas|courier/i, `drawn in ${font}`);
    const hrefs: string[] = [];
    for (const link of await message.locator('a').all()) hrefs.push((await link.getAttribute('href')) ?? '');
    assert.ok(hrefs.length >= 3, `links: ${JSON.stringify(hrefs)}`);
    for (const href of hrefs) assert.match(href, /^https:\/\/learn\.microsoft\.com\//);
    // Its lines stay lines: "Sources" does not run on after the edition's line.
    const text = (await message.innerText()).split('\n').map((l) => l.trim());
    assert.ok(text.includes(c.result.linksHeading), `a line of its own for the sources heading in ${JSON.stringify(text)}`);
    await page.close();
  });

  it('left no page errors', () => {
    assert.deepEqual(problems, []);
  });
});

interface DOMRectLike {
  x: number;
  y: number;
  width: number;
  height: number;
}
