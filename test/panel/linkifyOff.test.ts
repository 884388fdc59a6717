// The side panel's stand-in for linkify-it: the page's Markdown has linkify off, and markdown-it
// reads its matcher only in the two rules that option turns off (a new version that reads it
// elsewhere fails here, so the stand-in is looked at again). The stand-in refuses every call.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import LinkifyOff from '../../src/panel/linkifyOff';
import { PROJECT_ROOT } from '../support/paths';

const LIBRARY = path.join(PROJECT_ROOT, 'node_modules', 'markdown-it', 'lib');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.mjs') ? [full] : [];
  });
}

describe('side panel: its stand-in for linkify-it', () => {
  it("the page's Markdown has linkify off", () => {
    const page = fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'panel', 'browser', 'main.ts'), 'utf8');
    assert.match(page, /new MarkdownIt\(\{[^}]*\blinkify: false\b[^}]*\}\)/);
  });

  it('markdown-it reads its matcher only in the two rules the option turns off', () => {
    const readers = files(LIBRARY).filter((f) => /\bmd\.linkify\b/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(readers.map((f) => path.relative(LIBRARY, f).split(path.sep).join('/')).sort(), ['rules_core/linkify.mjs', 'rules_inline/linkify.mjs']);
    for (const f of readers) {
      const source = fs.readFileSync(f, 'utf8');
      const guard = source.search(/if \(!state\.md\.options\.linkify\)/);
      assert.ok(guard >= 0 && guard < source.search(/\bmd\.linkify\b/), `${f} returns before it reads the matcher`);
    }
  });

  it('refuses every call', () => {
    const stand = new LinkifyOff();
    for (const call of [stand.pretest, stand.test, stand.match, stand.matchAtStart]) assert.throws(() => call(), /linkify is off/);
  });
});
