// The reader's lexicons as the page's bundle writes them (scripts/lib/panelLexicons.ts): each
// lexicon, bundled with the page's options and loaded, is the source JSON, the same value with
// its keys in the same order; and the bundle writes each entry's keys once per shape.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as esbuild from 'esbuild';
import { panelBundleOptions } from '../../scripts/lib/panelBundle';
import { LEXICON_DIR, compactLexiconModule } from '../../scripts/lib/panelLexicons';

const FILES = fs.readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json'));

describe("side panel: the reader's lexicons in the bundle", function () {
  this.timeout(60_000);
  let bundled: Record<string, unknown>;
  let code = '';
  before(async () => {
    const options = panelBundleOptions('');
    const lines = FILES.map((f) => `exports[${JSON.stringify(f)}] = require(${JSON.stringify(`./${f}`)});`);
    const result = await esbuild.build({
      ...options,
      entryPoints: undefined,
      stdin: { contents: lines.join('\n'), resolveDir: LEXICON_DIR, loader: 'js' },
      format: 'cjs',
    });
    code = result.outputFiles![0]!.text;
    const module = { exports: {} as Record<string, { default?: unknown }> };
    (vm.runInThisContext(`(function (module, exports) {\n${code}\n})`, { filename: 'panel-lexicons.js' }) as (m: unknown, e: unknown) => void)(
      module,
      module.exports,
    );
    bundled = Object.fromEntries(Object.entries(module.exports).map(([f, m]) => [f, m.default ?? m]));
  });

  it('has every lexicon file', () => {
    assert.ok(FILES.length >= 6, FILES.join(', '));
    assert.deepEqual(Object.keys(bundled).sort(), [...FILES].sort());
  });

  for (const file of FILES) {
    it(`${file}: is the source JSON, keys in the same order`, () => {
      const source = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8')) as unknown;
      assert.deepStrictEqual(bundled[file], source);
      assert.equal(JSON.stringify(bundled[file]), JSON.stringify(source));
    });
  }

  it('writes the keys of the entries once per shape', () => {
    const source = fs.readFileSync(path.join(LEXICON_DIR, 'en-US.json'), 'utf8');
    const written = compactLexiconModule(source);
    assert.ok((JSON.parse(source) as { entries: unknown[] }).entries.length > 100);
    assert.ok(written.split('"question"').length - 1 <= 5, 'the entries are rows');
    // The key, quoted or as an object literal's (a pattern's own word "questions" is neither).
    assert.ok((code.match(/"question"|\bquestion:/gu) ?? []).length <= 5 * FILES.length, 'and so in the bundle');
  });
});
