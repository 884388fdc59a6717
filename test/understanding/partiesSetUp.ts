// Shared by the tests of the rules of whose words a mention is (parties.test.ts, partiesRules.test.ts):
// a prepared message with its mentions placed by hand, what each mention reads after a rule, and
// the table of `unsureRoles` both check.
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { LEXICONS } from '../../src/domain/understanding';
import { compileLexicon } from '../../src/domain/understanding/compile';
import { unsureRoles } from '../../src/domain/understanding/unsureRoles';
import { StructuredMention } from '../../src/domain/understanding/structure';
import { prepare } from '../../src/domain/understanding/text';

/** A mention: the words as they stand in the prepared text (the `nth` time they do), its question and option. */
export type Said = [words: string, question: QuestionId | undefined, option: string, negated?: boolean, nth?: number];

export function mentionsIn(text: string, said: readonly Said[]): StructuredMention[] {
  return said.map(([words, question, option, negated, nth]) => {
    let start = -1;
    for (let k = 0; k <= (nth ?? 0); k++) start = text.indexOf(words, start + 1);
    assert.ok(start >= 0, `"${words}" is not in "${text}"`);
    return { question, option, implies: [], start, end: start + words.length, negated: negated ?? false };
  });
}

/** The prepared text, its mentions and the lexicons, compiled in the test (never when the file loads). */
export function setUp(message: string, said: readonly Said[]) {
  const text = prepare(message).text;
  return { text, mentions: mentionsIn(text, said), lexicons: LEXICONS.map(compileLexicon) };
}

/** What each mention reads after a rule: its option, or `-` when it lost its question. */
export const read = (mentions: readonly StructuredMention[]): string[] => mentions.map((m) => (m.question === undefined ? '-' : m.option));

/** A message, its mentions, what each reads after `unsureRoles`, and the words of each role it found the partner unsure of. */
export type UnsureCase = [message: string, said: Said[], expected: string[], unsure: string[][]];

export function checkUnsure(cases: readonly UnsureCase[]): void {
  for (const [message, said, expected, unsure] of cases)
    it(`"${message}" reads ${expected.join(', ')}${unsure.length > 0 ? ', unsure' : ''}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      const found = unsureRoles(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
      assert.deepStrictEqual(
        found.map((f) => f.words.map((w) => text.slice(w.start, w.end))),
        unsure,
      );
    });
}
