// The side panel's browser bundle: the page script (src/panel/browser/main.ts) with the pure core
// it runs (src/domain, src/conversation), the Adaptive Cards renderer, Markdown and the Teams
// JavaScript library, in one minified file made by esbuild at build time. The production tree has
// no dev dependencies, so the bundle is made here and served from dist/ as it is.
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from './paths';
import { DEFAULT_LOCALE, LOCALES, LocaleTag, isLocaleTag } from '../../src/domain/locales';
import { ownPart, readingPart } from '../../src/domain/catalogSections';
import { SERVED_GZIP_LEVEL } from '../../src/conversation/pages/pageAnswers';
import { PANEL_LEXICONS } from './panelLexicons';
import type { STAND_INS } from '../../src/panel/markdownOff';

export const PANEL_ENTRY = path.join(PROJECT_ROOT, 'src', 'panel', 'browser', 'main.ts');
export const PANEL_ENGINE_ENTRY = path.join(PROJECT_ROOT, 'src', 'panel', 'engine.ts');
export const PANEL_READER_ENTRY = path.join(PROJECT_ROOT, 'src', 'panel', 'readerEntry.ts');
export const PANEL_BUNDLE_NAME = 'panel.js';
/** The reader's file beside the bundle (src/panel/readerSlot.ts). */
export const PANEL_READER_NAME = 'reader.js';
/** The folder beside the bundle holding each language's texts (pageTextFiles). */
export const PANEL_TEXTS_DIR = 'texts';

/**
 * The page expands its cards with the project's small expander, not adaptivecards-templating as
 * the bot does: the package's expression engine (adaptive-expressions, on antlr4ts) would be most
 * of the page's weight. test/panel/templateExpander.test.ts holds the two equal on every card.
 */
const PANEL_TEMPLATES: esbuild.Plugin = {
  name: 'panel-card-templates',
  setup(build) {
    build.onResolve({ filter: /^\.\/cardTemplate$/ }, (args) =>
      path.basename(args.importer) === 'cards.ts' ? { path: path.join(path.dirname(args.importer), 'templateExpander.ts') } : undefined,
    );
  },
};

/**
 * The page runs the advice flow only, never the Partner Center actions (its My cases list comes
 * rendered from the bot): their texts, their follow-ups' and the case lists', a quarter of each
 * language's catalog, stay out of the bundle. What the advice flow names of them where actions are
 * on (the actions' names on a result, the commands on the help card) is kept, so a flow that one
 * day offers them on the page still reads its words. The parity tests run the engine bundled so.
 */
const KEPT_FOR_THE_PAGE: Readonly<Record<string, readonly string[]>> = {
  actions: ['names', 'signOutCommand'],
  myCases: ['command'],
  teamCases: ['command'],
  followUps: [],
};
const TEXTS_DIR = path.join(PROJECT_ROOT, 'content', 'texts');

/** A language's texts as the page may ever need them: the actions' own words left out. */
function pageTexts(locale: LocaleTag): Record<string, Record<string, unknown>> {
  const texts = JSON.parse(fs.readFileSync(path.join(TEXTS_DIR, `${locale}.json`), 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [section, kept] of Object.entries(KEPT_FOR_THE_PAGE)) {
    const all = texts[section];
    if (all) texts[section] = Object.fromEntries(kept.filter((key) => key in all).map((key) => [key, all[key]]));
  }
  return texts;
}

/**
 * The bundle carries English whole and, of the other languages, only what is read in every
 * language (READING_TEXTS: a few sections whole, of a few others a key or two): the rest of each
 * language is a file of its own, fetched when the page shows that language and joined to the
 * bundle's part key by key (pageTextFiles, src/panel/pageCatalogs.ts).
 */
const PANEL_TEXTS: esbuild.Plugin = {
  name: 'panel-texts',
  setup(build) {
    build.onResolve({ filter: /^\.\/catalogTable$/ }, (args) =>
      path.basename(args.importer) === 'textCatalog.ts' ? { path: path.join(PROJECT_ROOT, 'src', 'panel', 'pageCatalogs.ts') } : undefined,
    );
    build.onLoad({ filter: /\.json$/ }, (args) => {
      if (path.dirname(args.path) !== TEXTS_DIR) return undefined;
      const locale = path.basename(args.path, '.json');
      if (!isLocaleTag(locale)) return undefined;
      const texts = pageTexts(locale);
      const bundled = locale === DEFAULT_LOCALE ? texts : readingPart(texts);
      return { contents: JSON.stringify(bundled), loader: 'json' };
    });
  },
};

/**
 * Each language's texts the bundle leaves out (all but English's), as the page fetches them: every
 * section not read whole in every language, less the keys that are (a section split so is joined
 * again on the page).
 */
export function pageTextFiles(): Map<LocaleTag, Buffer> {
  const files = new Map<LocaleTag, Buffer>();
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    files.set(locale, Buffer.from(JSON.stringify(ownPart(pageTexts(locale)))));
  }
  return files;
}

/**
 * markdown-it decodes character references with the `entities` package, whose tables of every HTML
 * name weigh 28 KB of the page's budget gzipped; the page's texts are the project's own and hold
 * only a few references, so it gets the project's small decoder (src/panel/htmlEntities.ts, held to
 * the package on every catalog text by test/panel/htmlEntities.test.ts).
 */
const PANEL_ENTITIES: esbuild.Plugin = {
  name: 'panel-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, () => ({ path: path.join(PROJECT_ROOT, 'src', 'panel', 'htmlEntities.ts') }));
  },
};

/**
 * The page keeps its rendered cards in src/panel/pageCache.ts, a Map in order of use, in place of
 * the bot's bounded cache on lru-cache (about 5 KB of the page's budget gzipped): the page bounds
 * its cards by count only. test/panel/pageCache.test.ts holds the two equal.
 */
const PANEL_CACHE: esbuild.Plugin = {
  name: 'panel-cache',
  setup(build) {
    build.onResolve({ filter: /\/domain\/boundedCache$/ }, () => ({ path: path.join(PROJECT_ROOT, 'src', 'panel', 'pageCache.ts') }));
  },
};

/**
 * @microsoft/teams-js bundles a Node `Buffer` polyfill (about 7 KB of the page's budget gzipped)
 * for one call, a base64 file body read as text, which the page never makes: the page gets
 * src/panel/bufferShim.ts, that call alone, held to Node's Buffer by test/panel/bufferShim.test.ts.
 */
const PANEL_BUFFER: esbuild.Plugin = {
  name: 'panel-buffer',
  setup(build) {
    build.onResolve({ filter: /\/_polyfill-node\.buffer\.js$/ }, () => ({ path: path.join(PROJECT_ROOT, 'src', 'panel', 'bufferShim.ts') }));
  },
};

/**
 * markdown-it makes a linkify-it matcher in its constructor, which the page never calls (linkify is
 * off): the page gets src/panel/linkifyOff.ts, about 3 KB of its budget gzipped, held to markdown-it's
 * use of it by test/panel/linkifyOff.test.ts.
 */
const PANEL_LINKIFY: esbuild.Plugin = {
  name: 'panel-linkify',
  setup(build) {
    build.onResolve({ filter: /^linkify-it$/ }, () => ({ path: path.join(PROJECT_ROOT, 'src', 'panel', 'linkifyOff.ts') }));
  },
};

/**
 * The page's Markdown has html and linkify off and typographer left off, and each of markdown-it's
 * rules of those options returns at once while its option is off: the page gets the stand-ins of
 * src/panel/markdownOff.ts, which do only that (about 3 KB of its budget gzipped with the tables
 * of HTML names and tags the HTML rules bring), held to markdown-it's rules by
 * test/panel/markdownOff.test.ts.
 */
export const MARKDOWN_RULES_OFF: Readonly<Record<string, keyof typeof STAND_INS>> = {
  'rules_core/replacements.mjs': 'typographerCoreRule',
  'rules_core/smartquotes.mjs': 'typographerCoreRule',
  'rules_core/linkify.mjs': 'linkifyCoreRule',
  'rules_inline/linkify.mjs': 'linkifyInlineRule',
  'rules_block/html_block.mjs': 'htmlRule',
  'rules_inline/html_inline.mjs': 'htmlRule',
};
const MARKDOWN_LIB = path.join(PROJECT_ROOT, 'node_modules', 'markdown-it', 'lib');
const MARKDOWN_OFF = path.join(PROJECT_ROOT, 'src', 'panel', 'markdownOff.ts');
const PANEL_MARKDOWN_OFF: esbuild.Plugin = {
  name: 'panel-markdown-off',
  setup(build) {
    const library = fs.realpathSync(MARKDOWN_LIB);
    build.onResolve({ filter: /^\.\/rules_(core|block|inline)\/[a-z_]+\.mjs$/ }, (args) => {
      if (path.dirname(args.importer) !== library) return undefined;
      const rule = args.path.slice(2);
      return rule in MARKDOWN_RULES_OFF ? { path: rule, namespace: 'panel-markdown-off' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'panel-markdown-off' }, (args) => ({
      contents: `export { ${MARKDOWN_RULES_OFF[args.path]} as default } from ${JSON.stringify(MARKDOWN_OFF)};`,
      resolveDir: path.dirname(MARKDOWN_OFF),
      loader: 'js',
    }));
  },
};

/**
 * The free-text reader and its lexicons are about two fifths of the page, and its first card needs
 * none of them: the page's bundle gets src/panel/readerSlot.ts in place of the reader's index,
 * and the reader comes in reader.js once the first card is up (buildPanelBundle). The reader's own
 * modules keep importing one another; only the code outside it reaches it through the slot.
 */
const UNDERSTANDING_DIR = path.join(PROJECT_ROOT, 'src', 'domain', 'understanding');
const PANEL_READER_SLOT: esbuild.Plugin = {
  name: 'panel-reader-slot',
  setup(build) {
    build.onResolve({ filter: /(^|\/)understanding$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (target !== UNDERSTANDING_DIR || path.dirname(args.importer).startsWith(UNDERSTANDING_DIR)) return undefined;
      return { path: path.join(PROJECT_ROOT, 'src', 'panel', 'readerSlot.ts') };
    });
  },
};

/** What the page's bundle and the engine's test bundle share. */
export function panelBundleOptions(entry: string, reader: 'slot' | 'whole' = 'slot'): esbuild.BuildOptions {
  const plugins = [PANEL_TEMPLATES, PANEL_TEXTS, PANEL_ENTITIES, PANEL_CACHE, PANEL_BUFFER, PANEL_LINKIFY, PANEL_MARKDOWN_OFF, PANEL_LEXICONS];
  return {
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'browser',
    // Teams' desktop and web clients run current Chromium-based engines; Safari for the web client on macOS.
    target: ['chrome110', 'edge110', 'firefox115', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    write: false,
    plugins: reader === 'slot' ? [PANEL_READER_SLOT, ...plugins] : plugins,
  };
}

export interface PanelBundle {
  code: Buffer;
  gzippedBytes: number;
  /** The texts the page fetches per language (pageTextFiles). */
  texts: Map<LocaleTag, Buffer>;
  /**
   * What a page load costs at most, gzipped: the bundle and the heaviest language's texts. The
   * budget (test/panel/bundleBudget.test.ts) is on this.
   */
  pageGzippedBytes: number;
  /** reader.js, the free-text reader, fetched once the first card is up; its own budget. */
  reader: Buffer;
  readerGzippedBytes: number;
}

/** The reader's file: an immediately run script that puts the reader in the page's slot. */
async function buildReader(): Promise<Buffer> {
  const result = await esbuild.build({ ...panelBundleOptions(PANEL_READER_ENTRY, 'whole'), format: 'iife' });
  return Buffer.from(result.outputFiles![0]!.contents);
}

/** The page's bundle (an immediately run script), the reader's file and the texts it fetches. */
export async function buildPanelBundle(): Promise<PanelBundle> {
  const [result, reader] = await Promise.all([esbuild.build({ ...panelBundleOptions(PANEL_ENTRY), format: 'iife' }), buildReader()]);
  const code = Buffer.from(result.outputFiles![0]!.contents);
  const gzippedBytes = gzipSync(code, { level: SERVED_GZIP_LEVEL }).length;
  const texts = pageTextFiles();
  const heaviest = Math.max(0, ...[...texts.values()].map((t) => gzipSync(t, { level: SERVED_GZIP_LEVEL }).length));
  const readerGzippedBytes = gzipSync(reader, { level: SERVED_GZIP_LEVEL }).length;
  return { code, gzippedBytes, texts, pageGzippedBytes: gzippedBytes + heaviest, reader, readerGzippedBytes };
}

/**
 * The engine alone, bundled the same way but as a CommonJS module, for the parity tests in Node;
 * with `reader` (the default), the reader's file run after it in the same context, as the page
 * has both once the reader is in.
 */
export async function buildPanelEngineModule(options: { reader?: boolean } = {}): Promise<string> {
  const result = await esbuild.build({ ...panelBundleOptions(PANEL_ENGINE_ENTRY), format: 'cjs' });
  const engine = result.outputFiles![0]!.text;
  return options.reader === false ? engine : `${engine}\n${(await buildReader()).toString('utf8')}`;
}
