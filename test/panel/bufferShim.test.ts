// The side panel's stand-in for the Buffer polyfill of @microsoft/teams-js: it reads a base64
// body as text the way Node's Buffer does, and the library uses the polyfill for nothing else (a
// new version of the library that does fails here, so the stand-in is looked at again).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Buffer as Shim } from '../../src/panel/bufferShim';
import { PROJECT_ROOT } from '../support/paths';

const LIBRARY = path.join(PROJECT_ROOT, 'node_modules', '@microsoft', 'teams-js', 'dist', 'esm');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.js') ? [full] : [];
  });
}

describe('side panel: its stand-in for the Buffer polyfill of the Teams library', () => {
  for (const text of ['', 'plain ASCII, with "quotes" & signs', 'Лицензии Office 365 по EA', '从世纪互联买的', 'Előfizetés – ügyfél', 'emoji 👍🏽 and \u00a0']) {
    it(`reads ${JSON.stringify(text.slice(0, 20))} from base64 as Node's Buffer does`, () => {
      const body = Buffer.from(text, 'utf8').toString('base64');
      assert.equal(Shim.from(body, 'base64').toString(), Buffer.from(body, 'base64').toString());
      assert.equal(Shim.from(body, 'base64').toString(), text);
    });
  }

  it('decodes base64 only', () => {
    assert.throws(() => Shim.from('abc', 'hex' as 'base64'), TypeError);
  });

  it('stands in for the only use the library makes of the polyfill', () => {
    const importers = files(LIBRARY).filter(
      (f) => !f.includes(`${path.sep}_virtual${path.sep}`) && fs.readFileSync(f, 'utf8').includes('_polyfill-node.buffer'),
    );
    assert.deepEqual(
      importers.map((f) => path.relative(LIBRARY, f).split(path.sep).join('/')),
      ['packages/teams-js/src/internal/utils.js'],
    );
    const code = fs.readFileSync(importers[0]!, 'utf8');
    const binding = /import\{Buffer as (\w+)\}from"[^"]*_polyfill-node\.buffer\.js"/.exec(code);
    assert.ok(binding, 'the library imports Buffer alone from the polyfill');
    const uses = code.match(new RegExp(`(?<![\\w.$])${binding[1]}\\.from\\(\\w+,"(\\w+)"\\)\\.toString\\(\\)`, 'g')) ?? [];
    assert.deepEqual(
      uses.map((u) => /"(\w+)"/.exec(u)![1]),
      ['base64'],
    );
  });
});
