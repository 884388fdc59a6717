// The side panel's benchmark (npm run bench:panel): the bundle's size as the server sends it,
// with the heaviest language's texts (the page fetches one language's), the time from navigation
// to the first card (in English, the bundle's own, and in Russian, whose texts are fetched), one typed sentence to the verdict, and each click
// of a case, measured inside this machine's Chromium at 320 px against the built page. Timings
// are taken in the page (performance.now around the event, with a forced layout), so the test
// driver's own round trips are not counted. Figures and targets: bench/README.md.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { chromium } from 'playwright-core';
import { createApp } from '../src/hosting/app';
import { loadConfig } from '../src/config';
import { LOCALES, LocaleTag } from '../src/domain/locales';
import { PANEL_ASSETS_DIR } from '../src/hosting/panel';
import utterances from '../test/data/utterances.json';
import { usageIfAsked } from '../scripts/lib/usage';

export const PANEL_TARGETS = { gzippedKb: 300, firstCardMs: 500, stepMs: 50 } as const;

/** One full statement per language (the same case in each). */
const SENTENCE_IDS: Record<LocaleTag, string> = { 'en-US': 'en-029', 'ru-RU': 'ru-028', 'zh-CN': 'zh-021', 'pt-BR': 'pt-022', 'hu-HU': 'hu-022' };

/** The answers clicked through, in the order the questions come. */
const CLICKS: [question: string, option: string][] = [
  ['cloud', 'global'],
  ['channel', 'ea'],
  ['service', 'license'],
  ['goal', 'support'],
  ['partnerType', 'direct'],
];

export interface PanelBenchOptions {
  /** Fresh page loads measured (each in a new browser context: nothing cached). */
  loads: number;
  /** Rounds of the sentence in each language and of the clicked case. */
  rounds: number;
  chromiumPath?: string;
}

export interface Spread {
  median: number;
  p90: number;
  max: number;
  count: number;
}

export interface PanelBenchFigures {
  bundle: { bytes: number; servedGzipBytes: number; gzip9Bytes: number };
  /** The heaviest language's texts as served gzipped, and the bundle with them: what the target is on. */
  texts: { locale: string; servedGzipBytes: number };
  pageServedGzipBytes: number;
  /** The free-text reader's file as served gzipped, fetched once the first card is up (its own budget, 200 KB). */
  readerServedGzipBytes: number;
  firstCardMs: Spread;
  /** The first card of a page in Russian, its texts fetched (preloaded with the bundle). */
  firstCardFetchedMs: Spread;
  sentenceToVerdictMs: Spread;
  stepMs: Spread;
  /** The slowest kind of step (its median), to see where a step's time goes. */
  stepByKind: Record<string, number>;
  chromium: string;
  /** The machine's one-minute load average before and after the run (a shared machine inflates every time). */
  loadAverage: [before: number, after: number];
  cores: number;
  targetsMet: { bundle: boolean; firstCard: boolean; step: boolean };
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1]!, count: sorted.length };
}

function sentence(locale: LocaleTag): string {
  const found = utterances.utterances.find((u) => u.id === SENTENCE_IDS[locale]);
  if (!found) throw new Error(`utterance ${SENTENCE_IDS[locale]} is missing`);
  return found.text;
}

// Functions run in the page, as source text: this file compiles without the DOM library.
const TIME_SENTENCE = `(text) => {
  const box = document.getElementById('sentence');
  const form = document.getElementById('sentence-form');
  box.value = text;
  const start = performance.now();
  form.requestSubmit();
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  if (!document.body.dataset.verdict) throw new Error('no verdict after the sentence');
  return ms;
}`;

const TIME_CLICKS = `(clicks) => {
  const times = [];
  const press = (button, kind) => {
    const start = performance.now();
    button.click();
    void document.body.offsetHeight;
    times.push([kind, performance.now() - start]);
  };
  const lastCard = () => { const cards = document.querySelectorAll('#cards .card'); return cards[cards.length - 1]; };
  const buttonOf = (card, index) => card.querySelectorAll('.ac-pushButton')[index];
  // The result's own two buttons close the card, Start over then Change an answer; rows of other buttons stand above them.
  const resultButton = (name) => { const all = document.querySelector('.card-result').querySelectorAll('.ac-pushButton'); return all[all.length - (name === 'restart' ? 2 : 1)]; };
  const shown = document.querySelector('.card-result');
  if (shown) press(resultButton('restart'), 'restart');
  for (const [question, option] of clicks) {
    const card = lastCard();
    const radio = card.querySelector('input[name="' + question + '"][value="' + option + '"]');
    if (!radio) throw new Error('no ' + question + '=' + option + ' on the card');
    radio.click();
    press(card.querySelector('.ac-pushButton.style-positive'), 'answer');
  }
  if (!document.body.dataset.verdict) throw new Error('no verdict after the clicks');
  // Change an answer, pick the first answer, submit, answer it again.
  press(resultButton('change'), 'change');
  const change = document.querySelector('.card-change');
  change.querySelector('input[value="cloud"]').click();
  press(change.querySelector('.ac-pushButton.style-positive'), 'change');
  lastCard().querySelector('input[name="cloud"][value="global"]').click();
  press(lastCard().querySelector('.ac-pushButton.style-positive'), 'answer');
  // Start over, then back from the second question.
  press(resultButton('restart'), 'restart');
  lastCard().querySelector('input[name="cloud"][value="usgov"]').click();
  press(lastCard().querySelector('.ac-pushButton.style-positive'), 'answer');
  press(buttonOf(lastCard(), 1), 'back');
  return times;
}`;

export async function runPanelBenchmark(options: PanelBenchOptions): Promise<PanelBenchFigures> {
  const executablePath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const bundleFile = path.join(PANEL_ASSETS_DIR, 'panel.js');
  if (!fs.existsSync(bundleFile)) throw new Error(`${bundleFile} is missing: run npm run build`);
  const code = fs.readFileSync(bundleFile);

  const app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
  const base = `http://127.0.0.1:${await app.listen()}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const html = await (await fetch(`${base}/panel`)).text();
    const scriptUrl = /<script src="([^"]+)" defer>/.exec(html)![1]!;
    const served = await fetch(`${base}${scriptUrl}`, { headers: { 'Accept-Encoding': 'gzip' } });
    const servedGzipBytes = Number(served.headers.get('content-length'));
    // Each language's texts the page may fetch, as served: the heaviest counts.
    const config = JSON.parse(/<script type="application\/json" id="panel-config">(.*?)<\/script>/.exec(html)![1]!) as {
      texts: Record<string, string>;
      reader: string;
    };
    const readerServed = await fetch(`${base}${config.reader}`, { headers: { 'Accept-Encoding': 'gzip' } });
    const readerServedGzipBytes = Number(readerServed.headers.get('content-length'));
    let texts = { locale: '', servedGzipBytes: 0 };
    for (const [locale, url] of Object.entries(config.texts)) {
      const answer = await fetch(`${base}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      const bytes = Number(answer.headers.get('content-length'));
      if (bytes > texts.servedGzipBytes) texts = { locale, servedGzipBytes: bytes };
    }

    const newPage = async (locale: string) => {
      const context = await browser.newContext({ locale, viewport: { width: 320, height: 720 } });
      // Offline, the Teams library's request for Microsoft's origin list is answered here.
      await context.route('https://res.cdn.office.net/**', (route) => route.fulfill({ status: 404, body: '' }));
      const page = await context.newPage();
      await page.goto(`${base}/panel`);
      // The page compiles its reader just after the first card; an agent takes longer to type.
      await page.locator('body[data-prepared="true"]').waitFor({ timeout: 15_000 });
      // And its language's content: a sentence sent before it is in waits for it, and the timing would read no verdict.
      await page.locator('body[data-content="settled"]').waitFor({ timeout: 15_000 });
      return { context, page };
    };

    const loadBefore = os.loadavg()[0]!;
    const firstCard: number[] = [];
    const firstCardFetched: number[] = [];
    for (let i = 0; i < options.loads; i++) {
      for (const [locale, into] of [
        ['en-US', firstCard],
        ['ru-RU', firstCardFetched],
      ] as const) {
        const { context, page } = await newPage(locale);
        into.push(await page.evaluate(`performance.getEntriesByName('panel:first-card')[0].startTime`));
        await context.close();
      }
    }

    const sentences: number[] = [];
    const steps: number[] = [];
    const byKind = new Map<string, number[]>();
    for (const locale of LOCALES) {
      const { context, page } = await newPage(locale);
      for (let round = 0; round < options.rounds; round++) {
        sentences.push(await page.evaluate(`(${TIME_SENTENCE})(${JSON.stringify(sentence(locale))})`));
        const times = (await page.evaluate(`(${TIME_CLICKS})(${JSON.stringify(CLICKS)})`)) as [string, number][];
        for (const [kind, ms] of times) {
          steps.push(ms);
          byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
        }
      }
      await context.close();
    }

    const figures: PanelBenchFigures = {
      bundle: { bytes: code.length, servedGzipBytes, gzip9Bytes: gzipSync(code, { level: 9 }).length },
      texts,
      pageServedGzipBytes: servedGzipBytes + texts.servedGzipBytes,
      readerServedGzipBytes,
      firstCardMs: spread(firstCard),
      firstCardFetchedMs: spread(firstCardFetched),
      sentenceToVerdictMs: spread(sentences),
      stepMs: spread(steps),
      stepByKind: Object.fromEntries([...byKind].map(([kind, values]) => [kind, spread(values).median])),
      chromium: browser.version(),
      loadAverage: [loadBefore, os.loadavg()[0]!],
      cores: os.cpus().length,
      targetsMet: { bundle: false, firstCard: false, step: false },
    };
    figures.targetsMet = {
      bundle: figures.pageServedGzipBytes <= PANEL_TARGETS.gzippedKb * 1024,
      firstCard: figures.firstCardMs.p90 <= PANEL_TARGETS.firstCardMs && figures.firstCardFetchedMs.p90 <= PANEL_TARGETS.firstCardMs,
      step: figures.stepMs.p90 <= PANEL_TARGETS.stepMs && figures.sentenceToVerdictMs.p90 <= PANEL_TARGETS.stepMs,
    };
    return figures;
  } finally {
    await browser.close();
    await app.close();
  }
}

const f1 = (n: number): string => n.toFixed(1);

export function formatPanelTable(f: PanelBenchFigures): string {
  const row = (name: string, s: Spread, target: number): string =>
    `${name.padEnd(28)} ${f1(s.median).padStart(7)} ${f1(s.p90).padStart(7)} ${f1(s.max).padStart(7)} ${String(s.count).padStart(5)}   ≤ ${target} ms`;
  return [
    `side panel, Chromium ${f.chromium}, 320 px; ${f.cores} cores, load average ${f.loadAverage[0].toFixed(1)} → ${f.loadAverage[1].toFixed(1)}`,
    `bundle: ${(f.bundle.bytes / 1024).toFixed(0)} KB, served gzipped ${(f.bundle.servedGzipBytes / 1024).toFixed(1)} KB (gzip -9: ${(f.bundle.gzip9Bytes / 1024).toFixed(1)} KB); with the ${f.texts.locale} texts (${(f.texts.servedGzipBytes / 1024).toFixed(1)} KB) ${(f.pageServedGzipBytes / 1024).toFixed(1)} KB, target ≤ ${PANEL_TARGETS.gzippedKb} KB; the reader after the first card ${(f.readerServedGzipBytes / 1024).toFixed(1)} KB`,
    `${'ms'.padEnd(28)} ${'median'.padStart(7)} ${'p90'.padStart(7)} ${'max'.padStart(7)} ${'n'.padStart(5)}`,
    row('load to first card', f.firstCardMs, PANEL_TARGETS.firstCardMs),
    row('… in Russian (texts fetched)', f.firstCardFetchedMs, PANEL_TARGETS.firstCardMs),
    row('one sentence to verdict', f.sentenceToVerdictMs, PANEL_TARGETS.stepMs),
    row('each step (click)', f.stepMs, PANEL_TARGETS.stepMs),
    `step medians by kind: ${Object.entries(f.stepByKind)
      .map(([k, v]) => `${k} ${f1(v)}`)
      .join(', ')}`,
    `targets met: bundle ${f.targetsMet.bundle}, first card ${f.targetsMet.firstCard}, steps ${f.targetsMet.step}`,
  ].join('\n');
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000) throw new Error(`${name} must be a whole number from 1 to 1000`);
  return value;
}

if (require.main === module) {
  usageIfAsked(
    'Usage: npm run bench:panel\nThe side panel in Chromium at 320 px: bundle size, first card, a sentence to the verdict, each click.\nSettings: BENCH_PANEL_LOADS (15), BENCH_PANEL_ROUNDS (5). bench/README.md says more.',
  );
  (async () => {
    const figures = await runPanelBenchmark({ loads: positive('BENCH_PANEL_LOADS', 15), rounds: positive('BENCH_PANEL_ROUNDS', 5) });
    console.log(formatPanelTable(figures));
    const out = path.join(__dirname, '..', '..', 'bench', 'results-panel.json');
    fs.writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
    console.log(`figures written to bench/results-panel.json`);
  })().catch((err: unknown) => {
    console.error(`bench:panel: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
