// Shared by the tests named after the kinds of message a call produces (thread, eitherOr,
// spoken, whose, channelWords, goalWords, variant, notButY): each case is a message written for
// the test, in one of the five languages, with every answer it states and the questions it
// leaves open (asked, never guessed).
import * as assert from 'assert';
import { Answers, QuestionId } from '../../src/domain/questions';
import { understand } from '../../src/domain/understanding';

export type KindCase = [lang: string, text: string, expected: Answers, conflicts?: QuestionId[]];

export function checkKind(cases: readonly KindCase[]): void {
  for (const [lang, text, expected, conflicts] of cases) {
    it(`${lang}: ${text.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, conflicts: [...got.conflicts].sort() }, { answers: expected, conflicts: [...(conflicts ?? [])].sort() });
    });
  }
}

export type DoubtCase = [lang: string, text: string, expected: Answers, hedged: Partial<Record<QuestionId, string>>];

/** Cases whose open question is one value said under a doubt: not answered, asked back by name. */
export function checkDoubted(cases: readonly DoubtCase[]): void {
  for (const [lang, text, expected, hedged] of cases) {
    it(`${lang}: ${text.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, conflicts: got.conflicts, hedged: got.hedged ?? {} }, { answers: expected, conflicts: [], hedged });
    });
  }
}

/** What a message leaves open besides its answers: questions asked, doubted or said no to. */
export interface Read {
  conflicts?: QuestionId[];
  hedged?: Partial<Record<QuestionId, string>>;
  negated?: QuestionId[];
}

export type ReadCase = [lang: string, text: string, answers: Answers, read: Read];

/** Cases with their answers, the questions left open or doubted, and the questions said no to (none unless given). */
export function checkRead(cases: readonly ReadCase[]): void {
  for (const [lang, text, answers, read] of cases) {
    it(`${lang}: ${text.slice(0, 90)}`, () => {
      const got = understand(text);
      assert.deepStrictEqual(
        { answers: got.answers, conflicts: got.conflicts, hedged: got.hedged ?? {}, negated: got.negated },
        { answers, conflicts: read.conflicts ?? [], hedged: read.hedged ?? {}, negated: read.negated ?? [] },
      );
    });
  }
}
