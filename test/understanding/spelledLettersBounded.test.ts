// Letters spelled one by one are read as a word only when they spell a known word, and no known word
// is longer than the longest one: a run of lone letters is only tried up to that length from each
// letter. A message of a thousand lone letters (within the typed limit) once tried every longer
// run, a billion steps; the count of lookups shows the bound without timing anything.
import { strict as assert } from 'assert';
import { spelledOut } from '../../src/domain/understanding/spelled';
import { understand } from '../../src/domain/understanding';

function counted(words: readonly string[]): { known: ReadonlySet<string>; lookups: () => number } {
  const set = new Set(words);
  let n = 0;
  const known: ReadonlySet<string> = Object.assign(Object.create(set) as Set<string>, {
    has: (w: string) => (n++, set.has(w)),
    [Symbol.iterator]: () => set[Symbol.iterator](),
  });
  return { known, lookups: () => n };
}

const prepared = (text: string) => ({ text, origin: [...text].map((_, i) => i) });

describe('spelled letters: a long run of lone letters', () => {
  it('looks each run up only as far as the longest known word', () => {
    const { known, lookups } = counted(['azure', 'csp']);
    const letters = 'x '.repeat(1000) + 'a z u r e';
    const out = spelledOut(prepared(letters), new Map(), known);
    assert.ok(out.text.endsWith('x azure'), out.text.slice(-20));
    assert.ok(lookups() <= 5 * 1005, `${lookups()} lookups for 1005 letters`);
  });

  it('still reads a word spelled at the end of them', () => {
    assert.equal(understand(`${'x '.repeat(900)}a z u r e`).answers.service, 'usage');
  });
});
