// The words of one structure list of all five lexicons as one pattern: a message's language is not
// known before it is read, so a structure rule looks for every language's words at once.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import type { Structure } from './structureWords';

export function structureWords(key: keyof Structure, flags = 'gu'): RegExp {
  return compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
    flags,
  );
}

/** Where a word of the list that begins right at `at` ends, if one does (the list compiled sticky: `structureWords(key, 'uy')`). */
export function wordEndAt(sticky: RegExp, text: string, at: number): number | undefined {
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m === null ? undefined : at + m[0].length;
}
