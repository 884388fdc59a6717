// The words of one structure list of all five lexicons as one pattern: a message's language is not
// known before it is read, so a structure rule looks for every language's words at once.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import type { Structure } from './structureWords';

export function structureWords(key: keyof Structure): RegExp {
  return compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
  );
}
