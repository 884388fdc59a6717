// Two house rules the actions' rework restored, checked on the source itself so a later change that
// breaks them fails here and not only in review: no file in src/ is longer than 350 lines, and
// nothing in src/ names tools/ (import, re-export, require or import()): the demonstration's
// stand-ins are handed in by a development entry point (tools/standins/serve.ts).
import { strict as assert } from 'assert';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAX_LINES = 350;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file names: import/export ... from '…', import('…'), require('…'). */
export function modulesNamed(source: string): string[] {
  const named: string[] = [];
  for (const m of source.matchAll(
    /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
  )) {
    named.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return named;
}

const namesTools = (specifier: string): boolean => /(^|\/)tools(\/|$)/.test(specifier);

describe('source rules of src/', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));

  it('finds the sources', () => {
    assert.ok(files.length > 50, `${files.length} files`);
  });

  it(`no file is longer than ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > MAX_LINES);
    assert.deepEqual(long, []);
  });

  it('nothing names tools/, by import, require or import()', () => {
    const offenders = files.flatMap((f) =>
      modulesNamed(fs.readFileSync(f, 'utf8'))
        .filter(namesTools)
        .map((m) => `${path.relative(ROOT, f)}: ${m}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the check sees every form a name can take (so it can fail)', () => {
    const probe = [
      "import { a } from '../../tools/standins/demo';",
      "export * from '../tools/x';",
      "const demo = require('../../../tools/standins/demo');",
      "const lazy = await import('../../tools/standins/demo');",
      "import '../tools/side-effect';",
      "import { b } from './toolsOfTrade';",
    ].join('\n');
    assert.deepEqual(modulesNamed(probe).filter(namesTools), [
      '../../tools/standins/demo',
      '../tools/x',
      '../../../tools/standins/demo',
      '../../tools/standins/demo',
      '../tools/side-effect',
    ]);
  });
});
