// A lexicon is JSON, where a key written twice in one object silently keeps only its last value:
// a merge that joined two branches' lines once left dead first copies that read as live ones.
// Each object of every lexicon names each key once.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../support/paths';

/** Keys written more than once in one object of a JSON text, with the path of that object. */
function repeatedKeys(json: string): string[] {
  const found: string[] = [];
  const stack: { keys: Set<string>; path: string; isObject: boolean }[] = [];
  let lastKey = '';
  const token = /"(?:[^"\\]|\\.)*"\s*:?|[{}[\]]/g;
  for (const m of json.matchAll(token)) {
    const t = m[0];
    if (t === '{' || t === '[') stack.push({ keys: new Set(), path: `${stack.at(-1)?.path ?? ''}/${lastKey}`, isObject: t === '{' });
    else if (t === '}' || t === ']') stack.pop();
    else if (t.endsWith(':')) {
      lastKey = JSON.parse(t.slice(0, -1).trim()) as string;
      const top = stack.at(-1);
      if (top?.isObject) {
        if (top.keys.has(lastKey)) found.push(`${top.path}: ${lastKey}`);
        top.keys.add(lastKey);
      }
    }
  }
  return found;
}

describe('lexicons: each key once in its object', () => {
  const dir = path.join(PROJECT_ROOT, 'src', 'domain', 'understanding', 'lexicon');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(file, () => assert.deepEqual(repeatedKeys(fs.readFileSync(path.join(dir, file), 'utf8')), []));
  }

  it('finds a key written twice', () => {
    assert.deepEqual(repeatedKeys('{"a": {"x": ["{"], "y": 1, "x": []}, "b": [{"x": 1}, {"x": 2}]}'), ['//a: x']);
  });
});
