// Words as text recognition misreads them in a screenshot pasted as text (tolerance.ts reads every
// word through it where the original characters are known).
import type { Dictionary } from './tolerance';

/** How much of the word the dictionary knows: all of it, or the longest stem it begins with (its letters run into a number: "21vianet"). */
function knownLength(word: string, dictionary: Dictionary): number {
  const letters = word.replace(/^[0-9]+|[0-9]+$/g, '');
  if (/[0-9]/.test(letters)) return 0;
  if (dictionary.words.has(letters)) return letters.length + 1;
  for (let n = letters.length; n >= 4; n--) if (dictionary.prefixes.has(letters.slice(0, n))) return n;
  return 0;
}

/**
 * A word as text recognition misreads it from a screenshot: a capital I for a small l inside a
 * word ("GIobal", "reseIler"), a small l for a capital I at its start ("lndirect"), a zero for an
 * O beside letters ("0pen") and an I or l for a one after a digit ("2IVianet"). Read as the word
 * the lexicons know, only when they know more of it than of the word as written (`at` gives the original
 * character of a position).
 */
export function ocrRead(word: string, at: (k: number) => string | undefined, dictionary: Dictionary): string {
  const chars = [...word];
  if (chars.length !== word.length) return word;
  const letter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
  const small = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
  const digit = (ch: string | undefined): boolean => ch !== undefined && /[0-9]/.test(ch);
  let changed = false;
  const read = chars.map((ch, k) => {
    const o = at(k);
    const before = at(k - 1);
    const next = k + 1 < chars.length ? at(k + 1) : undefined;
    let r = ch;
    if (o === 'I' && k > 0 && letter(before) && small(next)) r = 'l';
    else if (o === 'l' && k === 0 && next !== undefined && /[bcdfghjkmnpqrstvwxz]/.test(next)) r = 'i';
    else if (o === '0' && (letter(before) || letter(next)) && !digit(before) && !digit(next)) r = 'o';
    else if ((o === 'I' || o === 'l') && digit(before)) r = '1';
    if (r !== ch) changed = true;
    return r;
  });
  if (!changed) return word;
  const candidate = read.join('');
  const known = knownLength(candidate, dictionary);
  return known >= 5 && known > knownLength(word, dictionary) ? candidate : word;
}
