// The reader's rules changed in the eleventh pass, one at a time, each named after the rule and
// each shown to fail with the rule broken by hand in the compiled file (docs/testing.md, "Eleventh
// pass"): a goal wanted once giving way to a different goal said after it (desire.ts), and a
// doubt after what it doubts run on into its own clause (negation.ts).
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { doubled, runTogether, vowelDropped } from '../../src/domain/understanding/hurried';
import { Dictionary, buildDictionary } from '../../src/domain/understanding/tolerance';

function goal(text: string): { answer?: string; conflict: boolean; said?: string[]; evidence?: string } {
  const got = understand(text);
  return { answer: got.answers.goal, conflict: got.conflicts.includes('goal'), said: got.said?.goal, evidence: got.evidence.goal };
}

describe('a goal wanted once gives way to a different goal said after it (desire.ts)', () => {
  it('a word of wanting now is not taken for a wish told as past in another sentence ("want" beside "wanted")', () => {
    // The wish now ("want support") settles it; the past "wanted" overlaps no present "want".
    assert.deepStrictEqual(goal('They want support. Last year they wanted to move them.'), {
      answer: 'support',
      conflict: false,
      said: undefined,
      evidence: 'support',
    });
  });

  it('a word of wanting now after a wish told as past is still a word of wanting now', () => {
    // "wanted" comes before "want" and overlaps it not: "want support" settles it.
    assert.deepStrictEqual(goal('We moved offices last year; back then they wanted nothing from us. Now they want support.'), {
      answer: 'support',
      conflict: false,
      said: undefined,
      evidence: 'support',
    });
  });

  it('a wish told as past reaches only the goals of its own sentence, not those of the next one', () => {
    // "wanted" ends a sentence before both goals: neither is a goal wanted once, so both are asked.
    assert.deepStrictEqual(goal('I am not sure what they wanted. Last year they moved offices, now it is support for the tenant.'), {
      answer: undefined,
      conflict: true,
      said: ['moved', 'support'],
      evidence: undefined,
    });
  });

  it('a wish told as past after a goal, in a later sentence, does not make that goal one wanted once', () => {
    assert.deepStrictEqual(goal('They moved offices last year. What they wanted was support.'), {
      answer: undefined,
      conflict: true,
      said: ['moved', 'support'],
      evidence: undefined,
    });
  });

  it('two goals each wanted once give way to the goal said after both', () => {
    // "move" and "support" are both stale: what is left ("move them" at the end) is the goal.
    assert.deepStrictEqual(goal('At first they wanted to move everything, then they wanted support only, and in the end the director decided to move them.'), {
      answer: 'move',
      conflict: false,
      said: undefined,
      evidence: 'move',
    });
  });

  it('a goal wanted once gives way only to a different goal: its own words said again keep it as evidence', () => {
    // "look after" is followed by "support it" (the same goal), not by another: it stays the first
    // words the answer was read from.
    assert.deepStrictEqual(goal('At first they wanted to move them, then they wanted us to look after the tenant, so now we support it.'), {
      answer: 'support',
      conflict: false,
      said: undefined,
      evidence: 'look after',
    });
  });

  it('when what is left still disagrees, nothing is made background: the question quotes the first words of each goal', () => {
    assert.deepStrictEqual(
      goal('They originally wanted to migrate everything. Then the CFO said just support for now. The CEO says transfer the subscriptions.'),
      {
        answer: undefined,
        conflict: true,
        said: ['migrate', 'support'],
        evidence: undefined,
      },
    );
  });

  it('two different goals both wanted now stay asked, and the story beside them is quoted too', () => {
    assert.deepStrictEqual(goal('They moved offices last year. Now they want support and they want to transfer the subscriptions too.'), {
      answer: undefined,
      conflict: true,
      said: ['moved', 'support'],
      evidence: undefined,
    });
  });
});

describe('a doubt after what it doubts is set off only by a comma between the two (negation.ts)', () => {
  it('a comma earlier in the message, before the answer doubted, does not make the doubt open the next clause', () => {
    // "probably" doubts "EA" right before it; the comma after "Hi" is not between them.
    const got = understand('Hi, they bought it through EA probably, Office 365.');
    assert.deepStrictEqual({ answers: got.answers, hedged: got.hedged }, { answers: { service: 'license' }, hedged: { channel: 'ea' } });
  });
});

describe('words typed in a hurry, one rule at a time (hurried.ts)', () => {
  const en = (...patterns: string[]): Dictionary => buildDictionary([['en-US', patterns]]);

  it('splits a run-together word of exactly two five-letter words, the shortest words read inside one', () => {
    assert.strictEqual(runTogether('abcdefghij', en('abcde', 'fghij')), 'abcde fghij');
  });

  it('splits no word that is the whole of a stem itself ("viszonteladok" is a form of its stem)', () => {
    assert.strictEqual(runTogether('abcdefghij', en('abcde', 'fghij', 'abcdefghij%')), undefined);
  });

  it('writes once a letter doubled at the very start of a word', () => {
    assert.strictEqual(doubled('ddirect', en('direct')), 'direct');
  });

  it('reads no word of fewer than three letters as one without its vowels', () => {
    assert.strictEqual(
      vowelDropped('ov', en('oev'), () => new Set()),
      undefined,
    );
  });

  it('settles two words that fit by the message language: a word of that language counts even when another language has it too', () => {
    const dict = buildDictionary([
      ['en-US', ['over']],
      ['pt-BR', ['over', 'ovar']],
    ]);
    assert.strictEqual(
      vowelDropped('ovr', dict, () => new Set(['en-US'])),
      'over',
    );
  });

  it('reads nothing when two words of the message language fit', () => {
    assert.strictEqual(
      vowelDropped('ovr', en('over', 'ovar'), () => new Set(['en-US'])),
      undefined,
    );
  });
});
