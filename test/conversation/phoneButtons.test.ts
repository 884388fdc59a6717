// Buttons that fit a phone (issue 64, review 2026-11-25 "Button length", finding A5): every card
// the bot can send, in every language, as Teams gets it, rendered by the adaptivecards renderer with
// Teams' host config (src/panel/hostConfigs.ts: buttons in one row, titles that never wrap) in a
// card 343 px wide (a 375-px phone less Teams' margins, as the review measured). Every action must
// stay visible: none pushed past the right edge of its row, none with its title cut short, none
// dropped or moved into the overflow menu unless the card makes it secondary on purpose.
// One browser and one page; the cards are rendered one after another in a loop.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { allViews, everyResult } from '../support/allCards';
import { renderReply } from '../../src/conversation/cards/replyCardCache';
import { actionsFor } from '../../src/domain/actions';
import { actionCardSamples } from '../../src/conversation/actions/actionCardSamples';
import { renderCard, AdaptiveCard } from '../../src/conversation/cards/cards';
import { forChannel } from '../../src/conversation/cards/channelFeatures';
import { CardKind } from '../../src/conversation/advisor/viewModels';
import { availableLocales } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { hostConfigFor } from '../../src/panel/hostConfigs';
import { TEAMS_LIGHT_CSS } from '../../scripts/lib/hostConfigTeams';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The phone's width, and the card's in a Teams chat on it (16 px of margin each side). */
const PHONE_WIDTH = 375;
const CARD_WIDTH = 343;
/** Half a pixel for sub-pixel rounding. */
const SLACK = 0.5;

/** What the page reports about one card: each problem in one line. */
interface Measured {
  error?: string;
  problems: string[];
  buttons: number;
}

/**
 * Runs in the page (plain JS: the tests compile without the DOM library). Renders a card into a
 * bubble of the given width and measures every button of every action row with
 * getBoundingClientRect.
 */
const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var AC = window.AdaptiveCards;
  var hostConfig = null;
  window.__setHostConfig = function (json) { hostConfig = new AC.HostConfig(json); };
  window.__measure = function (args) {
    var stage = document.getElementById('stage');
    stage.innerHTML = '';
    var card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    try { card.parse(args.card, new AC.SerializationContext()); } catch (e) { return { error: 'parse failed: ' + e.message, problems: [], buttons: 0 }; }
    var element = card.render();
    if (!element) return { error: 'the renderer produced nothing', problems: [], buttons: 0 };
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.lang = args.lang;
    bubble.style.width = args.width + 'px';
    bubble.style.boxSizing = 'border-box';
    bubble.appendChild(element);
    stage.appendChild(bubble);
    card.updateLayout();
    var problems = [];
    var cardBox = element.getBoundingClientRect();
    var seen = {};
    var buttons = element.querySelectorAll('.ac-pushButton, .ac-pushButton-disabled');
    var overflowButtons = 0;
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      var isOverflow = b.getAttribute('aria-label') === 'More options';
      var title = isOverflow ? '…' : (b.innerText || '').trim();
      if (isOverflow) overflowButtons++;
      else seen[title] = (seen[title] || 0) + 1;
      var box = b.getBoundingClientRect();
      var strip = b.closest('.ac-actionSet');
      var row = strip && strip.parentElement ? strip.parentElement.getBoundingClientRect() : cardBox;
      var right = Math.min(row.right, cardBox.right);
      if (box.width < 1 || box.height < 1) problems.push('"' + title + '" is not shown (0 px)');
      else if (box.right > right + args.slack) problems.push('"' + title + '" ends ' + Math.ceil(box.right - right) + ' px beyond its row');
      else if (box.left < row.left - args.slack) problems.push('"' + title + '" starts left of its row');
      // A title cut short (ellipsis, or hidden by the row's overflow) is a button the partner cannot read.
      var parts = [b].concat(Array.prototype.slice.call(b.querySelectorAll('*')));
      for (var j = 0; j < parts.length; j++) {
        if (parts[j].scrollWidth > parts[j].clientWidth + 1) { problems.push('"' + title + '" is cut short (' + parts[j].scrollWidth + ' px of text in ' + parts[j].clientWidth + ' px)'); break; }
      }
    }
    args.visible.forEach(function (title) {
      if (seen[title]) seen[title]--;
      else problems.push('"' + title + '" is missing from the card (dropped or moved into the overflow menu)');
    });
    if (overflowButtons > 0 && !args.secondary) problems.push('an overflow menu ("…") the card did not ask for');
    if (args.secondary && overflowButtons === 0) problems.push('its secondary actions have no overflow menu');
    return { problems: problems, buttons: buttons.length };
  };
})();
`;

type Json = Record<string, unknown>;

/** The titles of the actions a card asks to be shown (not `mode: secondary`), and whether it has secondary ones. */
export function actionsOf(card: AdaptiveCard): { visible: string[]; secondary: boolean } {
  const visible: string[] = [];
  let secondary = false;
  const actions = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const a of list as Json[]) {
      if (a.mode === 'secondary') secondary = true;
      else visible.push(String(a.title ?? ''));
    }
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const element = value as Json;
    if (element.type === 'ActionSet') actions(element.actions);
    for (const key of ['items', 'columns', 'body']) walk(element[key]);
  };
  walk(card.body);
  actions(card.actions);
  return { visible, secondary };
}

/** Every card of a language as Teams gets it: the advisor's templated cards and the actions' cards built in code. */
function teamsCards(locale: LocaleTag): { name: string; card: AdaptiveCard }[] {
  const cards: { name: string; card: AdaptiveCard }[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: CardKind, card: AdaptiveCard): void => {
    const teams = forChannel(kind, card, 'msteams');
    const key = JSON.stringify(teams);
    if (seen.has(key)) return; // the same card twice (results of two editions alike) renders the same
    seen.add(key);
    cards.push({ name, card: teams });
  };
  allViews(locale).forEach((view, i) => add(`${view.card} #${i}`, view.card, renderCard(view)));
  // A result as a signed-in partner gets it: the Partner Center actions it offers come first among its buttons.
  for (const reply of everyResult()) {
    if (reply.kind !== 'result') continue;
    const shown = renderReply({ ...reply, actions: actionsFor(reply.outcome, reply.answers) }, locale);
    if ('card' in shown) add(`result ${reply.outcome.row} with actions`, 'result', shown.card);
  }
  for (const sample of actionCardSamples()) add(sample.name, 'notice', sample.card(locale));
  return cards;
}

async function openPage(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: PHONE_WIDTH, height: 800 },
    offline: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${TEAMS_LIGHT_CSS}</style></head><body><div id="stage"></div></body></html>`);
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.js') });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  await page.evaluate(`window.__setHostConfig(${JSON.stringify(hostConfigFor('default'))})`);
  await page.evaluate('document.fonts.ready.then(function () { return true; })');
  return { context, page };
}

describe('buttons that fit a 375-px phone (issue 64, review finding A5)', function () {
  this.timeout(180_000);
  let profileDir: string;
  let context: BrowserContext | undefined;
  let page: Page;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phone-buttons-'));
    ({ context, page } = await openPage(profileDir));
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  async function measure(card: AdaptiveCard, locale: LocaleTag): Promise<Measured> {
    const args = { card, lang: locale, width: CARD_WIDTH, slack: SLACK, ...actionsOf(card) };
    return (await page.evaluate(`window.__measure(${JSON.stringify(args)})`)) as Measured;
  }

  for (const locale of availableLocales()) {
    it(`A5: every action of every card stays visible in ${locale}`, async () => {
      const failures: string[] = [];
      let buttons = 0;
      const cards = teamsCards(locale);
      for (const { name, card } of cards) {
        const m = await measure(card, locale);
        if (m.error) failures.push(`${name}: ${m.error}`);
        for (const p of m.problems) failures.push(`${name}: ${p}`);
        buttons += m.buttons;
      }
      assert.ok(cards.length > 20 && buttons > cards.length, `${cards.length} cards with ${buttons} buttons: the cards were not all rendered`);
      assert.deepEqual(failures, []);
    });
  }

  it('the measure fails on a row that does not fit (four long buttons in one row)', async () => {
    const wide: AdaptiveCard = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x' }],
      actions: ['Hozzáférés hozzárendelése', 'Állapot ellenőrzése', 'Üzenet megjelenítése', 'Kijelentkezés'].map((title) => ({ type: 'Action.Submit', title })),
    };
    const m = await measure(wide, 'hu-HU');
    assert.ok(m.problems.length > 0, 'a row of four long buttons at 343 px must be reported');
  });
});
