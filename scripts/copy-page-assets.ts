// Build step (after tsc): copies the Web Chat page's static files into the build output, beside
// the compiled module that serves them (dist/src/hosting/webchat/assets/). The Web Chat bundle is
// the one file of botframework-webchat the page needs, so the package stays a dev dependency and
// a production tree (npm prune --omit=dev) carries no Web Chat sources. The side panel's page
// gets the same: its stylesheet copied and its script bundled (esbuild, a dev dependency) into
// dist/src/hosting/panel/assets/.
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './lib/paths';
import { buildPanelBundle, PANEL_BUNDLE_NAME, PANEL_READER_NAME, PANEL_TEXTS_DIR } from './lib/panelBundle';

export const OWN_ASSETS = path.join(PROJECT_ROOT, 'src', 'hosting', 'webchat', 'assets');
export const BUILT_ASSETS = path.join(PROJECT_ROOT, 'dist', 'src', 'hosting', 'webchat', 'assets');

/** The bundle inside the installed botframework-webchat package. */
export function webChatBundle(): string {
  // The package exports only its entry point; walk up from it to the package folder.
  let dir = path.dirname(require.resolve('botframework-webchat'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const bundle = path.join(dir, 'dist', 'webchat.js');
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} not found`);
  return bundle;
}

/** Writes `content` to `to` unless the file there already holds exactly it. */
function writeIfChanged(to: string, content: string | Buffer): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    if (fs.readFileSync(to).equals(bytes)) return;
  } catch {
    // Not there yet: written below.
  }
  fs.writeFileSync(to, bytes);
}

/** Copies `from` to `to` unless the file there already holds exactly its content. */
function copyIfChanged(from: string, to: string): void {
  writeIfChanged(to, fs.readFileSync(from));
}

/**
 * Copies our own files and the Web Chat bundle into `to` where they differ; returns the names
 * of all of them. An unchanged file is left alone, so a start on an unchanged tree rewrites
 * nothing in dist/.
 */
export function copyPageAssets(to: string = BUILT_ASSETS): string[] {
  fs.mkdirSync(to, { recursive: true });
  const files = fs.readdirSync(OWN_ASSETS).map((name) => path.join(OWN_ASSETS, name));
  files.push(webChatBundle());
  for (const file of files) copyIfChanged(file, path.join(to, path.basename(file)));
  return files.map((f) => path.basename(f));
}

export const OWN_PANEL_ASSETS = path.join(PROJECT_ROOT, 'src', 'hosting', 'panel', 'assets');
export const BUILT_PANEL_ASSETS = path.join(PROJECT_ROOT, 'dist', 'src', 'hosting', 'panel', 'assets');

/**
 * Copies the panel's own files and writes its bundle, its reader and its languages' texts into `to` where they differ (as the Web Chat
 * assets are: a start on an unchanged tree rewrites nothing); returns the file names.
 */
export async function buildPanelAssets(to: string = BUILT_PANEL_ASSETS): Promise<string[]> {
  fs.mkdirSync(to, { recursive: true });
  const names = fs.readdirSync(OWN_PANEL_ASSETS);
  for (const name of names) copyIfChanged(path.join(OWN_PANEL_ASSETS, name), path.join(to, name));
  const bundle = await buildPanelBundle();
  writeIfChanged(path.join(to, PANEL_BUNDLE_NAME), bundle.code);
  writeIfChanged(path.join(to, PANEL_READER_NAME), bundle.reader);
  fs.mkdirSync(path.join(to, PANEL_TEXTS_DIR), { recursive: true });
  const texts = [...bundle.texts].map(([locale, body]) => {
    const name = path.join(PANEL_TEXTS_DIR, `${locale}.json`);
    writeIfChanged(path.join(to, name), body);
    return name;
  });
  return [...names, PANEL_BUNDLE_NAME, PANEL_READER_NAME, ...texts];
}

if (require.main === module) {
  (async () => {
    copyPageAssets();
    await buildPanelAssets();
  })().catch((err: unknown) => {
    // At build time the dev dependencies are installed; without them the page could not work.
    console.error(`copy-page-assets: ${err instanceof Error ? err.message : String(err)} (run npm ci before npm run build)`);
    process.exitCode = 1;
  });
}
