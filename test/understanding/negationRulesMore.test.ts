// What an uncertainty in src/domain/understanding/negation.ts doubts when its words are part of a
// mention's own words (docs/testing.md, eleventh pass): a doubt inside a mention («мы вроде бы
// непрямой реселлер») doubts that mention, but one that opens or closes the mention's words is
// part of what the mention says ("not sure which cloud" answers "I don't know"; "不可能" is "no
// way", not "maybe"). The doubt words and the mentions are written out by hand, the lexicon made
// inside each test.
import * as assert from 'assert';
import { doubted as doubtedBy } from './doubted';

/** Which of the mentions come out hedged, with `hedges` as the only doubt words. */
const doubted = (text: string, hedges: string, mentions: string[]): string[] => doubtedBy(text, { hedges }, mentions);

describe("negation rules: a doubt within a mention's own words", () => {
  it('a doubt inside a mention doubts it', () => {
    assert.deepStrictEqual(doubted('we kind of maybe move', 'maybe', ['we kind of maybe move']), ['we kind of maybe move']);
  });
  it("a doubt that opens a mention's words is part of the mention, not a doubt of it", () => {
    assert.deepStrictEqual(doubted('not sure which cloud', 'not sure', ['not sure which cloud']), []);
  });
  it("a doubt that closes a mention's words is part of the mention, not a doubt of it", () => {
    assert.deepStrictEqual(doubted('不可能', '可能', ['不可能']), []);
  });
});
