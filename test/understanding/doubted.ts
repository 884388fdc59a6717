// Shared by the negation rule tests: a lexicon of doubt, joining and subject words made inside
// the test, the mentions placed where their words first stand, and which come out hedged.
import * as assert from 'assert';
import type { CompiledLexicon } from '../../src/domain/understanding/compile';
import { markNegations, type NegatableMention } from '../../src/domain/understanding/negation';

/** Which of the mentions (their words, each placed where it first stands) come out hedged. */
export function doubted(text: string, words: Partial<Record<'hedges' | 'hedgesAfter' | 'and' | 'self', string>>, mentions: string[]): string[] {
  const regex = (w?: string): RegExp | undefined => (w === undefined ? undefined : new RegExp(w, 'gu'));
  const lexicon: CompiledLexicon = {
    language: 'x',
    entries: [],
    respell: [],
    hedges: regex(words.hedges),
    hedgesAfter: regex(words.hedgesAfter),
    and: regex(words.and),
    self: regex(words.self),
  };
  const marked: NegatableMention[] = mentions.map((w) => {
    const start = text.indexOf(w);
    assert.ok(start >= 0, `"${w}" is in "${text}"`);
    return { question: 'goal', start, end: start + w.length, negated: false, hedged: false };
  });
  markNegations(
    text,
    marked,
    [],
    [lexicon],
    () => new Set(['x']),
    () => false,
  );
  return marked.filter((m) => m.hedged).map((m) => text.slice(m.start, m.end));
}
