// The side panel's browser bundle: the page script (src/panel/browser/main.ts) with the pure core
// it runs (src/domain, src/conversation), the Adaptive Cards renderer, Markdown and the Teams
// JavaScript library, in one minified file made by esbuild at build time. The production tree has
// no dev dependencies, so the bundle is made here and served from dist/ as it is.
import * as path from 'path';
import { gzipSync } from 'zlib';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from './paths';

export const PANEL_ENTRY = path.join(PROJECT_ROOT, 'src', 'panel', 'browser', 'main.ts');
export const PANEL_ENGINE_ENTRY = path.join(PROJECT_ROOT, 'src', 'panel', 'engine.ts');
export const PANEL_BUNDLE_NAME = 'panel.js';

/**
 * What the page's bundle and the engine's test bundle share. The cards are expanded by the
 * project's own expander (src/conversation/templateExpander.ts says why), as in the bot.
 */
export function panelBundleOptions(entry: string): esbuild.BuildOptions {
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
  };
}

export interface PanelBundle {
  code: Buffer;
  gzippedBytes: number;
}

/** The page's bundle (an immediately run script). */
export function buildPanelBundle(): PanelBundle {
  const result = esbuild.buildSync({ ...panelBundleOptions(PANEL_ENTRY), format: 'iife' });
  const code = Buffer.from(result.outputFiles![0]!.contents);
  return { code, gzippedBytes: gzipSync(code, { level: 9 }).length };
}

/** The engine alone, bundled the same way but as a CommonJS module, for the parity tests in Node. */
export function buildPanelEngineModule(): string {
  const result = esbuild.buildSync({ ...panelBundleOptions(PANEL_ENGINE_ENTRY), format: 'cjs' });
  return result.outputFiles![0]!.text;
}
