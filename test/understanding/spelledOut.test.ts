// Words spelled letter by letter (src/domain/understanding/spelled.ts), read on the prepared text
// directly: only letters one space apart make a run, and every character of the result keeps the
// place in the original it came from (what the evidence quotes). Each case was checked against the
// rule broken by hand (any gap taken for one space, a character other than a space taken for one,
// the origins before or after the spelled word taken whole, the text after it written twice): each fails.
import * as assert from 'assert';
import { prepare } from '../../src/domain/understanding/text';
import { spelledOut } from '../../src/domain/understanding/spelled';

const KNOWN: ReadonlySet<string> = new Set(['azure', 'csp', 'ea']);

describe('letters spell a word only when they stand one space apart', () => {
  for (const text of ['plan c, s, p', '方案c和s和p'])
    it(`"${text}" spells nothing (a comma or another character between the letters)`, () => {
      const prepared = prepare(text);
      assert.strictEqual(spelledOut(prepared, new Map(), KNOWN).text, prepared.text);
    });
});

describe('a spelled word keeps the origin of every character around it', () => {
  it('"so it is a z u r e bought from x y z another c s p ok": the words read and each character traced back', () => {
    const input = 'so it is a z u r e bought from x y z another c s p ok';
    const got = spelledOut(prepare(input), new Map(), KNOWN);
    assert.strictEqual(got.text, 'so it is azure bought from x y z another csp ok');
    assert.strictEqual(got.origin.length, got.text.length);
    // Hand-counted: "azure" is read from the letters at 9, 11, 13, 15, 17 and "csp" from 45, 47, 49.
    assert.deepStrictEqual(got.origin.slice(9, 14), [9, 11, 13, 15, 17]);
    assert.deepStrictEqual(got.origin.slice(got.text.indexOf('csp'), got.text.indexOf('csp') + 3), [45, 47, 49]);
    for (let k = 0; k < got.text.length; k++)
      if (got.text[k] !== ' ') assert.strictEqual(input[got.origin[k]!], got.text[k], `character ${k} of "${got.text}"`);
  });
});
