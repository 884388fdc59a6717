// A word list two rules share is written once, as a lexicon part ("{pastWord}"), and put in place
// when the lexicons load: every placeholder must be filled, and every part used, or a rule would
// silently match a literal "{pastWord}" or a list be edited where nothing reads it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LEXICONS } from '../../src/domain/understanding/lexicon';
import { PROJECT_ROOT } from '../support/paths';

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

describe('lexicons: parts written once', () => {
  for (const lexicon of LEXICONS) {
    it(`${lexicon.language}: no placeholder left once loaded`, () => {
      const { parts: _parts, ...rules } = lexicon;
      assert.deepEqual(JSON.stringify(rules).match(PLACEHOLDER) ?? [], []);
    });
  }

  const dir = path.join(PROJECT_ROOT, 'src', 'domain', 'understanding', 'lexicon');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file}: every part is used by a rule`, () => {
      const { parts, ...rules } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { parts?: Record<string, string> };
      const used = new Set([...JSON.stringify(rules).matchAll(PLACEHOLDER)].map((m) => m[1]));
      assert.deepEqual(
        Object.keys(parts ?? {}).filter((name) => !used.has(name)),
        [],
      );
    });
  }
});
