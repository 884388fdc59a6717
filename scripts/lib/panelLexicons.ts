// The reader's lexicons as the page's bundle writes them: each lexicon's `entries`, a hundred and
// more objects of the same few keys ({question, option, patterns}, a few with `implies`,
// `background` or `name`), are written as rows of values under one list of each shape's keys and
// made into the same objects, keys in the same order, when the bundle loads. The rest of a lexicon
// is written as it stands. test/panel/panelLexicons.test.ts holds the bundled lexicons deep-equal
// to the source JSON.
import * as fs from 'fs';
import * as path from 'path';
import type * as esbuild from 'esbuild';
import { PROJECT_ROOT } from './paths';

export const LEXICON_DIR = path.join(PROJECT_ROOT, 'src', 'domain', 'understanding', 'lexicon');

/** A lexicon's JSON written as a module that exports the same value, its entries as rows. */
export function compactLexiconModule(source: string): string {
  const lexicon = JSON.parse(source) as Record<string, unknown>;
  const entries = lexicon.entries;
  if (!Array.isArray(entries) || !entries.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) return `export default ${source}`;
  const shapes: string[][] = [];
  const rows = (entries as Record<string, unknown>[]).map((entry) => {
    const keys = Object.keys(entry);
    let shape = shapes.findIndex((s) => s.join(',') === keys.join(','));
    if (shape < 0) shape = shapes.push(keys) - 1;
    return [shape, ...keys.map((k) => entry[k])];
  });
  const fields = Object.keys(lexicon).map((key) => `${JSON.stringify(key)}:${key === 'entries' ? 'E' : JSON.stringify(lexicon[key])}`);
  return [
    `const K=${JSON.stringify(shapes)};`,
    `const E=${JSON.stringify(rows)}.map(([k,...v])=>Object.fromEntries(K[k].map((n,i)=>[n,v[i]])));`,
    `export default {${fields.join(',')}};`,
  ].join('\n');
}

export const PANEL_LEXICONS: esbuild.Plugin = {
  name: 'panel-lexicons',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      if (path.dirname(args.path) !== LEXICON_DIR) return undefined;
      return { contents: compactLexiconModule(fs.readFileSync(args.path, 'utf8')), loader: 'js' };
    });
  },
};
