// An action's older copies on the Web Chat page (issue 65): every step comes as a new card, and
// the page greys the older copies of the same action card out and takes no input on them, so
// only the newest is live. Against the demonstration's stand-ins, in headless Chromium.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium } from 'playwright-core';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';
import { startStandins } from '../../tools/standins/demo';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP = 15_000;
const en = catalogFor('en-US');
/** A G1 outside an Enterprise Agreement: the result offers Request GDAP. */
const G1 = 'client has office365 via open value and wants support, we are direct bill, commercial PC';

describe('Older copies of an action card on the Web Chat page', function () {
  this.timeout(90_000);
  let app: App;
  let base: string;
  let context: BrowserContext;
  let profileDir: string;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}`);
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', PARTNER_ACTIONS_DEMO: 'true', WEBCHAT_TOKEN_RATE_LIMIT: '100' }), { startStandins });
    base = `http://127.0.0.1:${await app.listen()}`;
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-copies-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  it('greys out the older copy of a form once its next copy comes, and keeps the newest live', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?locale=en-US`);
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.waitFor({ timeout: STEP });
    await box.fill(G1);
    await box.press('Enter');
    const start = page.getByRole('button', { name: en.actions.names.requestGdap, exact: true }).last();
    await start.waitFor({ timeout: STEP });
    await start.click();
    const marked = page.locator('[id^="action-card-"]');
    await marked.first().waitFor({ timeout: STEP });
    const form = page.locator('.ac-adaptiveCard').filter({ has: marked }).first();
    await form.getByLabel(en.actions.fields.customer).fill('contoso.on');
    await form.getByRole('button', { name: en.actions.buttons.continue, exact: true }).click();
    // Continue makes the first call: the sign-in, its page's code typed in the chat.
    const signIn = page.getByRole('button', { name: en.actions.signIn.button, exact: true }).last();
    await signIn.waitFor({ timeout: STEP });
    const [popup] = await Promise.all([context.waitForEvent('page', { timeout: STEP }), signIn.click()]);
    // Web Chat opens the window, then sends it to the link with its code_challenge appended, as it
    // does with the real token service: the stand-in's page must read its state through it.
    await popup.waitForURL(/\/signin\?/, { timeout: STEP });
    assert.match(new URL(popup.url()).searchParams.get('state') ?? '', /&code_challenge=/, "the link carries Web Chat's code_challenge");
    const shown = await popup
      .locator('#code')
      .textContent({ timeout: STEP })
      .catch(() => '');
    const code = /\b(\d{6})\b/.exec(shown ?? '')?.[1];
    await popup.close();
    assert.ok(code, 'the sign-in page shows a code');
    await box.fill(code);
    await box.press('Enter');
    // The form again, with the matches to choose from: a second copy of the same card.
    await page.getByText(en.actions.fields.customerChoice).first().waitFor({ timeout: STEP });
    await page.waitForFunction(
      "document.querySelectorAll('[id^=\"action-card-\"]').length === 2 && document.querySelectorAll('.retired-copy').length === 1",
      undefined,
      { timeout: STEP },
    );
    const copies = page.locator('.ac-adaptiveCard').filter({ has: marked });
    assert.equal(await copies.count(), 2);
    assert.equal(await copies.nth(0).getAttribute('inert'), '', 'the older copy takes no input');
    assert.equal(await copies.nth(1).getAttribute('inert'), null, 'the newest copy is live');
    const ids = await marked.evaluateAll((elements) => elements.map((e) => (e as unknown as { id: string }).id));
    assert.equal(ids[0], ids[1], 'two copies of one card');
    await page.close();
  });
});
