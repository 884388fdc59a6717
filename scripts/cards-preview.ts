// The card gallery for translators and reviewers: every card the bot can send (the shared catalog
// in scripts/lib/cardCatalog.ts) in every shipped language, rendered by the adaptivecards JS
// renderer in headless Chromium with a Teams-like host config, one PNG per card and language, and
// an index.html that shows them side by side.
// Usage: npm run cards:preview [-- output folder, default build/cards]
// Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { CardSample, cardCatalog } from './lib/cardCatalog';
import { ActionCardSample, actionCardSamples } from '../src/conversation/actions/actionCardSamples';
import { renderCard } from '../src/conversation/cards/cards';
import { availableLocales, catalogFor } from '../src/domain/textCatalog';
import { LocaleTag } from '../src/domain/locales';
import { CARD_WIDTH, TEAMS_LIGHT_CSS, TEAMS_LIGHT_HOST_CONFIG } from './lib/hostConfigTeams';
import { BUILD_DIR } from './lib/paths';
import { usageIfAsked } from './lib/usage';

export const DEFAULT_OUT_DIR = path.join(BUILD_DIR, 'cards');
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Tall enough for the longest card, so most screenshots need no full-page capture. */
const VIEWPORT = { width: CARD_WIDTH.wide + 100, height: 2400 };

/** A failure worth one line to the user (no stack trace). */
export class PreviewError extends Error {}

export interface PreviewOptions {
  /** Where `<locale>/<name>.png` and index.html go; default build/cards. */
  outDir?: string;
  /** Default: every shipped locale. */
  locales?: readonly LocaleTag[];
  /** Default: the whole card catalog. */
  samples?: readonly CardSample[];
  /** The cards built in code (the Partner Center actions'); default: all of them, unless `samples` is given. */
  builtSamples?: readonly ActionCardSample[];
  /** Default: CHROMIUM_PATH, else /usr/bin/chromium. */
  chromiumPath?: string;
  /** Device pixels per CSS pixel in the PNGs; 2 keeps text crisp when zoomed. Default 2. */
  scale?: number;
}

export interface RenderedCard {
  name: string;
  description: string;
  locale: LocaleTag;
  /** Path of the PNG relative to outDir, with `/` separators. */
  file: string;
  /** Size of the screenshot in CSS pixels (the PNG is `scale` times larger). */
  width: number;
  height: number;
}

export interface PreviewResult {
  outDir: string;
  indexFile: string;
  cards: RenderedCard[];
  locales: LocaleTag[];
  sampleCount: number;
  /** Renderer remarks that did not stop rendering (e.g. a required input without a label). */
  warnings: string[];
  ms: number;
}

// Renderer events that mean the card would not show as written; other events are remarks.
const FATAL_EVENTS = new Set([
  'ActionTypeNotAllowed',
  'CollectionCantBeEmpty',
  'ElementTypeNotAllowed',
  'InvalidPropertyValue',
  'MissingCardType',
  'PropertyCantBeNull',
  'UnknownActionType',
  'UnknownElementType',
  'UnsupportedCardVersion',
  'DuplicateId',
]);

/**
 * Runs in the page (plain JS, so no build step and no DOM types here). Teams renders markdown in
 * TextBlocks; markdown-it (loaded before this script) does it here, through the renderer's
 * onProcessMarkdown hook: raw HTML off, a single line break kept as a break, links styled as the
 * renderer's own.
 */
const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var AC = window.AdaptiveCards;
  var md = window.markdownit({ html: false, breaks: true, linkify: false });
  var openLink = md.renderer.rules.link_open || function (tokens, i, options, env, self) { return self.renderToken(tokens, i, options); };
  md.renderer.rules.link_open = function (tokens, i, options, env, self) {
    tokens[i].attrSet('class', 'ac-anchor');
    tokens[i].attrSet('target', '_blank');
    tokens[i].attrSet('rel', 'noopener');
    return openLink(tokens, i, options, env, self);
  };
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
  // A character no installed font has is drawn as the same empty box as an unassigned code point.
  var glyphs = {};
  var canvas = document.createElement('canvas');
  canvas.width = 48; canvas.height = 48;
  var g = canvas.getContext('2d', { willReadFrequently: true });
  function picture(ch, font) {
    g.clearRect(0, 0, 48, 48);
    g.font = '32px ' + font;
    g.textBaseline = 'middle';
    g.fillStyle = '#000';
    g.fillText(ch, 4, 24);
    var data = g.getImageData(0, 0, 48, 48).data, hash = 0;
    for (var i = 3; i < data.length; i += 4) hash = (hash * 31 + data[i]) | 0;
    return hash;
  }
  function missingGlyphs(text, font) {
    var tofu = picture(String.fromCodePoint(0x10FFFD), font);
    var missing = [];
    Array.from(text).forEach(function (ch) {
      var cp = ch.codePointAt(0);
      if (cp < 0x80 || /\s/.test(ch) || (cp >= 0xFE00 && cp <= 0xFE0F)) return;
      if (!(ch in glyphs)) glyphs[ch] = picture(ch, font) !== tofu;
      if (!glyphs[ch] && missing.indexOf(ch) < 0) missing.push(ch);
    });
    return missing;
  }
  var hostConfig = null;
  window.__setHostConfig = function (json) { hostConfig = new AC.HostConfig(json); };
  window.__renderCard = function (args) {
    var stage = document.getElementById('stage');
    stage.innerHTML = '';
    var problems = [];
    var card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    var context = new AC.SerializationContext();
    try {
      card.parse(args.card, context);
    } catch (e) {
      return { ok: false, error: 'parse failed: ' + (e && e.message ? e.message : String(e)), problems: problems };
    }
    for (var i = 0; i < context.eventCount; i++) {
      var ev = context.getEventAt(i);
      problems.push({ event: AC.ValidationEvent[ev.event], message: ev.message });
    }
    var validation = card.validateProperties();
    validation.validationEvents.forEach(function (ev) {
      problems.push({ event: AC.ValidationEvent[ev.event], message: ev.message });
    });
    var element;
    try {
      element = card.render();
    } catch (e) {
      return { ok: false, error: 'render failed: ' + (e && e.message ? e.message : String(e)), problems: problems };
    }
    if (!element) return { ok: false, error: 'the renderer produced nothing', problems: problems };
    var shot = document.createElement('div');
    shot.className = 'shot';
    shot.id = 'shot';
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.lang = args.lang;
    bubble.style.width = args.width + 'px';
    bubble.appendChild(element);
    shot.appendChild(bubble);
    stage.appendChild(shot);
    card.updateLayout();
    return document.fonts.ready.then(function () {
      var box = shot.getBoundingClientRect();
      var text = (element.innerText || '').trim();
      var font = hostConfig.getFontTypeDefinition().fontFamily;
      return {
        ok: true, problems: problems, textLength: text.length, missingGlyphs: missingGlyphs(text, font),
        box: { x: Math.floor(box.left), y: Math.floor(box.top), width: Math.ceil(box.width), height: Math.ceil(box.height) }
      };
    });
  };
})();
`;

interface PageResult {
  ok: boolean;
  error?: string;
  problems: { event: string; message: string }[];
  box?: { x: number; y: number; width: number; height: number };
  textLength?: number;
  missingGlyphs?: string[];
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
}

/** The renderer, and the Markdown library the page script hands TextBlocks to. */
const PAGE_BUNDLES = ['adaptivecards/dist/adaptivecards.js', 'markdown-it/dist/markdown-it.min.js'];

/** A package's browser bundle, or one clear line when the package is missing. */
function browserBundle(modulePath: string): string {
  try {
    return require.resolve(modulePath);
  } catch {
    throw new PreviewError(`the ${modulePath.split('/')[0]} package is not installed (node_modules/${modulePath} is missing): run npm install`);
  }
}

function checkChromium(executable: string): void {
  try {
    fs.accessSync(executable, fs.constants.X_OK);
  } catch {
    throw new PreviewError(`Chromium not found at ${executable}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
}

async function openPage(executable: string, profileDir: string, scale: number): Promise<{ context: BrowserContext; page: Page }> {
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: executable,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: VIEWPORT,
      deviceScaleFactor: scale,
      locale: 'en-US',
      offline: true,
    });
  } catch (err) {
    throw new PreviewError(`Chromium at ${executable} did not start: ${firstLine(err)}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${TEAMS_LIGHT_CSS}</style></head><body><div id="stage"></div></body></html>`);
  for (const bundle of PAGE_BUNDLES) await page.addScriptTag({ path: browserBundle(bundle) });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  await page.evaluate(`window.__setHostConfig(${JSON.stringify(TEAMS_LIGHT_HOST_CONFIG)})`);
  return { context, page };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The gallery page: one row per card, one column per language. */
export function galleryHtml(samples: readonly { name: string; description: string }[], locales: readonly LocaleTag[], cards: readonly RenderedCard[]): string {
  const byKey = new Map(cards.map((c) => [`${c.locale}/${c.name}`, c]));
  const head = locales.map((l) => `<th scope="col">${escapeHtml(catalogFor(l).language.name)}<br><code>${escapeHtml(l)}</code></th>`).join('');
  const rows = samples
    .map((s) => {
      const cells = locales
        .map((l) => {
          const c = byKey.get(`${l}/${s.name}`);
          if (!c) return '<td class="missing">not rendered</td>';
          return `<td><a href="${escapeHtml(c.file)}"><img src="${escapeHtml(c.file)}" width="${c.width}" height="${c.height}" alt="${escapeHtml(`${s.name} (${l})`)}" loading="lazy"></a></td>`;
        })
        .join('');
      return `<tr id="${escapeHtml(s.name)}"><th scope="row"><a href="#${escapeHtml(s.name)}">${escapeHtml(s.name)}</a><p>${escapeHtml(s.description)}</p></th>${cells}</tr>`;
    })
    .join('\n');
  const toc = samples.map((s) => `<a href="#${escapeHtml(s.name)}">${escapeHtml(s.name)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Multi-channel Advisor cards</title>
<style>
body { margin: 0; font-family: 'Segoe UI', -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif; background: #F5F5F5; color: #242424; }
header { padding: 16px 20px 8px; }
h1 { font-size: 20px; margin: 0 0 4px; }
header p { margin: 4px 0; color: #616161; font-size: 13px; }
nav { font-size: 12px; line-height: 1.8; }
nav a, th a { color: #4F52B2; text-decoration: none; }
table { border-collapse: collapse; margin: 8px 0 40px; }
thead th { position: sticky; top: 0; background: #FFFFFF; z-index: 1; font-size: 14px; padding: 8px 12px; border-bottom: 1px solid #E0E0E0; text-align: left; }
tbody th { vertical-align: top; text-align: left; padding: 16px 12px 16px 20px; width: 200px; min-width: 200px; font-size: 13px; position: sticky; left: 0; background: #F5F5F5; z-index: 1; }
tbody th p { font-weight: normal; color: #616161; margin: 4px 0 0; }
td { vertical-align: top; padding: 4px; border-top: 1px solid #E0E0E0; }
td.missing { color: #C4314B; font-size: 13px; padding: 16px; }
img { display: block; }
code { font-size: 12px; color: #616161; font-weight: normal; }
</style>
</head>
<body>
<header>
<h1>Multi-channel Advisor — every card in every language</h1>
<p>${samples.length} cards × ${locales.length} language${locales.length === 1 ? '' : 's'}, rendered with the Adaptive Cards JS renderer and a Teams-like light theme (an approximation of Teams). Click a card for the full-size image.</p>
<nav>${toc}</nav>
</header>
<table>
<thead><tr><th scope="col">Card</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

/** Removes PNGs left from an earlier run (e.g. of a renamed card) in the folders this run writes. */
function clearOldPngs(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) if (entry.endsWith('.png')) fs.rmSync(path.join(dir, entry), { force: true });
}

/** Renders every card in every language to PNGs and writes index.html. */
export async function writeCardPreview(options: PreviewOptions = {}): Promise<PreviewResult> {
  const started = Date.now();
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const locales = [...(options.locales ?? availableLocales())];
  const samples = options.samples ?? cardCatalog();
  const built = options.builtSamples ?? (options.samples ? [] : actionCardSamples());
  const executable = options.chromiumPath ?? (process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM);
  const scale = options.scale ?? 2;
  checkChromium(executable);
  for (const bundle of PAGE_BUNDLES) browserBundle(bundle);

  // Card JSON first: a template or view-model failure is reported before a browser starts.
  const jobs: { sample: { name: string; description: string }; locale: LocaleTag; kind: string; json: unknown }[] = locales.flatMap((locale) =>
    samples.map((sample) => {
      try {
        const view = sample.view(locale);
        return { sample, locale, kind: view.card, json: renderCard(view) };
      } catch (err) {
        throw new PreviewError(`card "${sample.name}" (${locale}) could not be built: ${firstLine(err)}`);
      }
    }),
  );
  for (const locale of locales) {
    for (const sample of built) {
      try {
        jobs.push({ sample, locale, kind: 'notice', json: sample.card(locale) });
      } catch (err) {
        throw new PreviewError(`card "${sample.name}" (${locale}) could not be built: ${firstLine(err)}`);
      }
    }
  }

  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-preview-'));
  const cards: RenderedCard[] = [];
  const warnings = new Set<string>();
  const missingGlyphs = new Set<string>();
  let context: BrowserContext | undefined;
  try {
    const opened = await openPage(executable, profileDir, scale);
    context = opened.context;
    const page = opened.page;
    for (const locale of locales) {
      const dir = path.join(outDir, locale);
      clearOldPngs(dir);
      fs.mkdirSync(dir, { recursive: true });
    }
    for (const job of jobs) {
      const where = `card "${job.sample.name}" (${job.locale})`;
      const args = { card: job.json, lang: job.locale, width: job.kind === 'result' ? CARD_WIDTH.wide : CARD_WIDTH.normal };
      let result: PageResult;
      try {
        result = (await page.evaluate(`window.__renderCard(${JSON.stringify(args)})`)) as PageResult;
      } catch (err) {
        throw new PreviewError(`${where} failed to render: ${firstLine(err)}`);
      }
      const fatal = result.problems.filter((p) => FATAL_EVENTS.has(p.event));
      if (!result.ok || fatal.length > 0) {
        throw new PreviewError(`${where} failed to render: ${result.error ?? fatal.map((p) => `${p.event}: ${p.message}`).join('; ')}`);
      }
      const box = result.box;
      if (!result.textLength || !box || box.height < 24 || box.width < 24) {
        throw new PreviewError(`${where} failed to render: it came out empty`);
      }
      for (const p of result.problems) warnings.add(`${job.kind} card: ${p.event}: ${p.message}`);
      for (const ch of result.missingGlyphs ?? []) missingGlyphs.add(ch);
      const file = `${job.locale}/${job.sample.name}.png`;
      // A clip inside the (tall) viewport is much faster than an element screenshot; taller cards need fullPage.
      await page.screenshot({
        path: path.join(outDir, file),
        clip: box,
        fullPage: box.y + box.height > VIEWPORT.height,
        animations: 'disabled',
        caret: 'hide',
      });
      cards.push({ name: job.sample.name, description: job.sample.description, locale: job.locale, file, width: box.width, height: box.height });
    }
  } finally {
    await context?.close().catch(() => undefined);
    fs.rmSync(profileDir, { recursive: true, force: true });
  }

  if (missingGlyphs.size > 0) {
    const list = [...missingGlyphs]
      .slice(0, 12)
      .map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    const more = missingGlyphs.size > 12 ? ` and ${missingGlyphs.size - 12} more` : '';
    warnings.add(
      `no installed font has ${list}${more}: they show as empty boxes in the PNGs (Teams shows them); install the fonts, e.g. Debian's fonts-noto-cjk for Chinese and fonts-noto-color-emoji for emoji (scripts/ensure-chromium.sh does)`,
    );
  }

  const indexFile = path.join(outDir, 'index.html');
  fs.writeFileSync(indexFile, galleryHtml([...samples, ...built], locales, cards));
  return { outDir, indexFile, cards, locales, sampleCount: samples.length + built.length, warnings: [...warnings], ms: Date.now() - started };
}

async function main(argv: string[]): Promise<void> {
  usageIfAsked(
    'Usage: npm run cards:preview [-- OUTPUT_FOLDER]\nRenders every card the bot can send, in every language, in headless Chromium: one PNG per card and language and an index.html (default folder: build/cards).\nChromium: /usr/bin/chromium, or set CHROMIUM_PATH.',
    argv,
  );
  const outDir = argv[0] ? path.resolve(argv[0]) : DEFAULT_OUT_DIR;
  const result = await writeCardPreview({ outDir });
  const where = path.relative(process.cwd(), result.outDir) || '.';
  for (const w of result.warnings) console.log(`note: ${w}`);
  console.log(
    `cards:preview: wrote ${result.cards.length} PNGs (${result.sampleCount} cards × ${result.locales.length} locale${result.locales.length === 1 ? '' : 's'}: ${result.locales.join(', ')}) ` +
      `in ${(result.ms / 1000).toFixed(1)} s; open ${path.join(where, 'index.html')}`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`cards:preview: ${err instanceof PreviewError ? err.message : firstLine(err)}`);
    process.exitCode = 1;
  });
}
