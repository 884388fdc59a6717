// The rules of src/domain/understanding/negation.ts one at a time: how far a negation reaches,
// what stops it, what an uncertainty doubts and what closes the doubt. Each test was written
// against a mutant that survived the reader's mutation run (docs/testing.md, ninth pass): the
// word lists, mentions and corrections here are spelled out by hand, not read from the lexicons.
import * as assert from 'assert';
import type { CompiledLexicon } from '../../src/domain/understanding/compile';
import { markNegations, negatePhrases, type NegatableMention } from '../../src/domain/understanding/negation';
import type { QuestionId } from '../../src/domain/questions';

type Words = Partial<
  Record<'negateBefore' | 'negateBeforeWeak' | 'hedges' | 'hedgesAfter' | 'doubtEnds' | 'doubtContrast' | 'doubtNow' | 'purchase' | 'and', string>
>;
type Following = Partial<Record<'negateAfter' | 'fillers', string>>;

/** A lexicon of nothing but the words given: found anywhere, or (negations after, fillers) right at a point. */
function lexicon(language: string, words: Words, following: Following = {}): CompiledLexicon {
  const lex: CompiledLexicon = { language, entries: [], respell: [] };
  for (const [key, source] of Object.entries(words)) lex[key as keyof Words] = new RegExp(source, 'gu');
  for (const [key, source] of Object.entries(following)) lex[key as keyof Following] = new RegExp(` ?(?:${source})`, 'uy');
  return lex;
}

/** Where the n-th `word` stands in `text`. */
function span(text: string, word: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  assert.ok(start >= 0, `"${word}" is in "${text}"`);
  return { start, end: start + word.length };
}

interface Case {
  text: string;
  /** The mentions in the order given: [words, question] (the n-th occurrence when the words repeat). */
  mentions: Array<[words: string, question: QuestionId | undefined, nth?: number]>;
  lexicons: CompiledLexicon[];
  corrections?: Array<[words: string, nth?: number]>;
  negated?: string[];
  /** The languages the message is written in (every lexicon's when not given). */
  dominant?: string[];
}

/** Which mentions come out negated and hedged, and which corrections are left. */
function mark(c: Case): { negated: string[]; hedged: string[]; corrections: string[] } {
  const mentions: NegatableMention[] = c.mentions.map(([w, question, nth]) => ({
    question,
    ...span(c.text, w, nth),
    negated: c.negated?.includes(w) ?? false,
    hedged: false,
  }));
  const corrections = (c.corrections ?? []).map(([w, nth]) => span(c.text, w, nth));
  const dominant = new Set(c.dominant ?? c.lexicons.map((l) => l.language));
  markNegations(
    c.text,
    mentions,
    corrections,
    c.lexicons,
    () => dominant,
    () => false,
  );
  const words = (ms: NegatableMention[]) => ms.map((m) => c.text.slice(m.start, m.end));
  return {
    negated: words(mentions.filter((m) => m.negated)),
    hedged: words(mentions.filter((m) => m.hedged)),
    corrections: corrections.map((s) => c.text.slice(s.start, s.end)),
  };
}

const EN = (words: Words, following?: Following) => lexicon('en-US', words, following);
const ZH = (words: Words, following?: Following) => lexicon('zh-CN', words, following);

describe('negation rules: a negation before a mention', () => {
  it('a Chinese joining word stops a negation even in a message read as another language', () => {
    const got = mark({ text: '不 而是 EA', mentions: [['EA', 'channel']], lexicons: [ZH({ negateBefore: '不', and: '而是' })], dominant: ['en-US'] });
    assert.deepStrictEqual(got.negated, []);
  });
  it('a negation that is part of a mention negates nothing after it', () => {
    const got = mark({
      text: 'not sure EA',
      mentions: [
        ['not sure', 'cloud'],
        ['EA', 'channel'],
      ],
      lexicons: [EN({ negateBefore: 'not' })],
    });
    assert.deepStrictEqual(got.negated, []);
  });
  it("a negated goal reaches its verb's six words, another answer three", () => {
    const lexicons = [EN({ negateBefore: 'not' })];
    assert.deepStrictEqual(mark({ text: 'not really want to actually move', mentions: [['move', 'goal']], lexicons }).negated, ['move']);
    assert.deepStrictEqual(mark({ text: 'not really want to actually EA', mentions: [['EA', 'channel']], lexicons }).negated, []);
  });
  it('a verb of buying right after the negation reaches further only for the channel', () => {
    const lexicons = [EN({ negateBefore: 'not', purchase: 'buy' })];
    assert.deepStrictEqual(mark({ text: 'not buy a b c d EA', mentions: [['EA', 'channel']], lexicons }).negated, ['EA']);
    assert.deepStrictEqual(mark({ text: 'not buy a b c d licences', mentions: [['licences', 'service']], lexicons }).negated, []);
  });
  it('the verb of buying may stand glued to the negation (没买)', () => {
    const got = mark({ text: '没买 a b c d EA', mentions: [['EA', 'channel']], lexicons: [ZH({ negateBefore: '没', purchase: '买' })] });
    assert.deepStrictEqual(got.negated, ['EA']);
  });
  it('a verb of buying further from the negation, or before it, reaches no further', () => {
    const lexicons = [EN({ negateBefore: 'not', purchase: 'buy' })];
    assert.deepStrictEqual(mark({ text: 'not a b buy c EA', mentions: [['EA', 'channel']], lexicons }).negated, []);
    assert.deepStrictEqual(mark({ text: 'buy not a b c d EA', mentions: [['EA', 'channel']], lexicons }).negated, []);
  });
  it('a correction glued to the mention still stops the negation (不是其实EA)', () => {
    const got = mark({ text: '不是其实EA', mentions: [['EA', 'channel']], lexicons: [ZH({ negateBefore: '不是' })], corrections: [['其实']] });
    assert.deepStrictEqual(got.negated, []);
  });
  it('a correction after the mention does not stop the negation before it', () => {
    const got = mark({ text: 'not EA sorry', mentions: [['EA', 'channel']], lexicons: [EN({ negateBefore: 'not' })], corrections: [['sorry']] });
    assert.deepStrictEqual(got.negated, ['EA']);
  });
});

describe('negation rules: a negation after a mention', () => {
  const lexicons = [EN({}, { negateAfter: 'not', fillers: 'uh' })];
  it('up to four filler words may stand between the mention and the negation, not five', () => {
    assert.deepStrictEqual(mark({ text: 'EA uh uh uh uh not', mentions: [['EA', 'channel']], lexicons }).negated, ['EA']);
    assert.deepStrictEqual(mark({ text: 'EA uh uh uh uh uh not', mentions: [['EA', 'channel']], lexicons }).negated, []);
  });
  it("only the goal's verb may have an object between it and the negation", () => {
    assert.deepStrictEqual(mark({ text: 'EA licences not', mentions: [['EA', 'channel']], lexicons }).negated, []);
    assert.deepStrictEqual(mark({ text: 'move licences not', mentions: [['move', 'goal']], lexicons }).negated, ['move']);
  });
  it("the goal's object is the word right after it, not one further past a comma", () => {
    assert.deepStrictEqual(mark({ text: 'move,ab not', mentions: [['move', 'goal']], lexicons }).negated, []);
  });
  it('a joining word right after the goal is no object of it; one elsewhere does not matter', () => {
    const withAnd = [EN({ and: 'and' }, { negateAfter: 'not' })];
    assert.deepStrictEqual(mark({ text: 'move and not', mentions: [['move', 'goal']], lexicons: withAnd }).negated, []);
    assert.deepStrictEqual(mark({ text: 'and move licences not', mentions: [['move', 'goal']], lexicons: withAnd }).negated, ['move']);
  });
  it("another answer is no object of the goal's verb (only the answer itself is negated); a service named after it is, both negated", () => {
    assert.deepStrictEqual(
      mark({
        text: 'move EA not',
        mentions: [
          ['move', 'goal'],
          ['EA', 'channel'],
        ],
        lexicons,
      }).negated,
      ['EA'],
    );
    assert.deepStrictEqual(
      mark({
        text: 'move licences not',
        mentions: [
          ['move', 'goal'],
          ['licences', 'service'],
        ],
        lexicons,
      }).negated,
      ['move', 'licences'],
    );
  });
  it('a service mention that begins before the end of the goal is no object of it (only the service is negated)', () => {
    const got = mark({
      text: 'move licences not',
      mentions: [
        ['move', 'goal'],
        ['move licences', 'service'],
      ],
      lexicons,
    });
    assert.deepStrictEqual(got.negated, ['move licences']);
  });
});

describe('negation rules: an uncertainty after what it doubts', () => {
  it('doubts a mention up to three words before it, not five', () => {
    const lexicons = [EN({ hedgesAfter: 'I think' })];
    assert.deepStrictEqual(mark({ text: 'EA a b c I think', mentions: [['EA', 'channel']], lexicons }).hedged, ['EA']);
    assert.deepStrictEqual(mark({ text: 'EA a b c d e I think', mentions: [['EA', 'channel']], lexicons }).hedged, []);
  });
  it('closes its clause at a comma right after it, and then doubts nothing after', () => {
    const got = mark({
      text: 'EA maybe, CSP',
      mentions: [
        ['EA', 'channel'],
        ['CSP', 'channel'],
      ],
      lexicons: [EN({ hedges: 'maybe', hedgesAfter: 'maybe' })],
    });
    assert.deepStrictEqual(got.hedged, ['EA']);
  });
  it('does not doubt a negated mention', () => {
    const got = mark({ text: 'not EA I think', mentions: [['EA', 'channel']], lexicons: [EN({ negateBefore: 'not', hedgesAfter: 'I think' })] });
    assert.deepStrictEqual(got, { negated: ['EA'], hedged: [], corrections: [] });
  });
  it('set off by commas on both sides it is a parenthesis and doubts nothing before it', () => {
    const lexicons = [EN({ hedgesAfter: 'I think' })];
    assert.deepStrictEqual(mark({ text: 'EA, I think,CSP', mentions: [['EA', 'channel']], lexicons }).hedged, []);
    assert.deepStrictEqual(mark({ text: 'EA, I think, CSP', mentions: [['EA', 'channel']], lexicons }).hedged, []);
    assert.deepStrictEqual(mark({ text: 'EA, I think we bought, yes', mentions: [['EA', 'channel']], lexicons }).hedged, ['EA']);
  });
  it('after a comma, run on to an answer in its own clause, it doubts that answer and not the one before', () => {
    const before = (text: string): string[] =>
      mark({
        text,
        mentions: [
          ['Azure', 'service'],
          ['EA', 'channel'],
        ],
        lexicons: [EN({ hedgesAfter: 'maybe' })],
      }).hedged;
    assert.deepStrictEqual(before('Azure, maybe bought via EA'), []);
    assert.deepStrictEqual(before('Azure maybe bought via EA'), ['Azure']);
    assert.deepStrictEqual(before('Azure, maybe bought, EA'), ['Azure']);
  });
});

describe('negation rules: an uncertainty before what it doubts', () => {
  const channels = (...words: string[]): Case['mentions'] => words.map((w) => [w, 'channel']);
  it('a language with only words that end a doubt has them end it', () => {
    const got = mark({ text: 'maybe EA anyway CSP', mentions: channels('EA', 'CSP'), lexicons: [EN({ hedges: 'maybe', doubtEnds: 'anyway' })] });
    assert.deepStrictEqual(got.hedged, ['EA']);
  });
  it('a language with only words of contrast has them end it', () => {
    const got = mark({ text: 'maybe EA but CSP', mentions: channels('EA', 'CSP'), lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but' })] });
    assert.deepStrictEqual(got.hedged, ['EA']);
  });
  it('a word of the present counts only in a language that has words to close a doubt', () => {
    const got = mark({
      text: 'maybe EA but agora CSP',
      mentions: channels('EA', 'CSP'),
      lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but' }), lexicon('pt-BR', { doubtNow: 'agora' })],
    });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA'], corrections: [] });
  });
  it('a Latin word that ends a doubt counts only in the language of the message', () => {
    const got = mark({
      text: 'maybe EA anyway CSP',
      mentions: channels('EA', 'CSP'),
      lexicons: [EN({ hedges: 'maybe', doubtEnds: 'anyway' })],
      dominant: ['ru-RU'],
    });
    assert.deepStrictEqual(got.hedged, ['EA', 'CSP']);
  });
  it('a correction before the uncertainty is kept, and takes back nothing after it', () => {
    const got = mark({ text: 'sorry, maybe EA or CSP', mentions: channels('EA', 'CSP'), lexicons: [EN({ hedges: 'maybe' })], corrections: [['sorry']] });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA', 'CSP'], corrections: ['sorry'] });
  });
  it('a correction doubted straight after the uncertainty takes nothing back, even with no space before it (可能我们其实)', () => {
    const got = mark({ text: '可能我们其实是EA', mentions: channels('EA'), lexicons: [ZH({ hedges: '可能' })], corrections: [['其实']] });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA'], corrections: [] });
  });
  it('with a comma before the uncertainty, a correction after its comma is doubted too', () => {
    const lexicons = [EN({ hedges: 'maybe' })];
    for (const text of ['though,maybe, actually EA', 'though, maybe,we actually EA', 'though, maybe, we think actually EA'])
      assert.deepStrictEqual(
        mark({ text, mentions: channels('EA'), lexicons, corrections: [['actually']] }),
        { negated: [], hedged: ['EA'], corrections: [] },
        text,
      );
    const chinese = mark({ text: '虽然,可能,我们其实是EA', mentions: channels('EA'), lexicons: [ZH({ hedges: '可能' })], corrections: [['其实']] });
    assert.deepStrictEqual(chinese, { negated: [], hedged: ['EA'], corrections: [] });
  });
  it('…but not one after a clause of its own, nor one more than three words on', () => {
    const lexicons = [EN({ hedges: 'maybe' })];
    for (const text of ['though, maybe we, actually EA', 'though, maybe, a b c d actually EA'])
      assert.deepStrictEqual(
        mark({ text, mentions: channels('EA'), lexicons, corrections: [['actually']] }),
        { negated: [], hedged: [], corrections: ['actually'] },
        text,
      );
  });
  it('a correction after an answer the uncertainty names takes back the rest (可能EA其实CSP, maybe EA actually CSP)', () => {
    const en = mark({ text: 'maybe EA actually CSP', mentions: channels('EA', 'CSP'), lexicons: [EN({ hedges: 'maybe' })], corrections: [['actually']] });
    assert.deepStrictEqual(en, { negated: [], hedged: ['EA'], corrections: ['actually'] });
    const zh = mark({ text: '可能EA其实CSP', mentions: channels('EA', 'CSP'), lexicons: [ZH({ hedges: '可能' })], corrections: [['其实']] });
    assert.deepStrictEqual(zh, { negated: [], hedged: ['EA'], corrections: ['其实'] });
  });
  it('after a doubted correction, the next correction after the uncertainty ends the doubt', () => {
    const lexicons = [EN({ hedges: 'maybe' })];
    const got = mark({ text: 'maybe actually EA no wait CSP', mentions: channels('EA', 'CSP'), lexicons, corrections: [['actually'], ['no wait']] });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA'], corrections: ['no wait'] });
    const before = mark({
      text: 'no, maybe actually EA no wait CSP',
      mentions: channels('EA', 'CSP'),
      lexicons,
      corrections: [['no'], ['actually'], ['no wait']],
    });
    assert.deepStrictEqual(before, { negated: [], hedged: ['EA'], corrections: ['no', 'no wait'] });
  });
  it('the next correction may stand right after the uncertainty, whatever the order they were found in', () => {
    const got = mark({ text: '可能其实我们不对EA', mentions: channels('EA'), lexicons: [ZH({ hedges: '可能' })], corrections: [['不对'], ['其实']] });
    assert.deepStrictEqual(got, { negated: [], hedged: [], corrections: ['其实'] });
  });
  it('a word that ends a doubt ends only one after the uncertainty, even right after it (可能反正EA)', () => {
    assert.deepStrictEqual(
      mark({ text: 'anyway maybe EA or CSP', mentions: channels('EA', 'CSP'), lexicons: [EN({ hedges: 'maybe', doubtEnds: 'anyway' })] }).hedged,
      ['EA', 'CSP'],
    );
    assert.deepStrictEqual(mark({ text: '可能反正EA', mentions: channels('EA'), lexicons: [ZH({ hedges: '可能', doubtEnds: '反正' })] }).hedged, []);
  });
  it('an answer right after the uncertainty is doubted (可能EA)', () => {
    assert.deepStrictEqual(mark({ text: '可能EA', mentions: channels('EA'), lexicons: [ZH({ hedges: '可能' })] }).hedged, ['EA']);
  });
});

describe('negation rules: a contrast after the doubted answer', () => {
  it('a contrast before the uncertainty ends nothing', () => {
    const got = mark({
      text: 'but maybe EA or CSP',
      mentions: [
        ['EA', 'channel'],
        ['CSP', 'channel'],
      ],
      lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but' })],
    });
    assert.deepStrictEqual(got.hedged, ['EA', 'CSP']);
  });
  it('a contrast right after the doubted answer ends the doubt (可能EA但是CSP)', () => {
    const got = mark({
      text: '可能EA但是CSP',
      mentions: [
        ['EA', 'channel'],
        ['CSP', 'channel'],
      ],
      lexicons: [ZH({ hedges: '可能', doubtContrast: '但是' })],
    });
    assert.deepStrictEqual(got.hedged, ['EA']);
  });
  it('a contrast in the next sentence neither ends the doubt nor takes anything back', () => {
    const got = mark({
      text: 'maybe EA. or CSP but now Open',
      mentions: [
        ['EA', 'channel'],
        ['CSP', 'channel'],
        ['Open', 'channel'],
      ],
      lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but', doubtNow: 'now' })],
    });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA'], corrections: [] });
  });
  it('a contrast where a correction already ends the doubt is not one more correction', () => {
    const got = mark({
      text: 'maybe EA but now CSP',
      mentions: [
        ['EA', 'channel'],
        ['CSP', 'channel'],
      ],
      lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but', doubtNow: 'now' })],
      corrections: [['but']],
    });
    assert.deepStrictEqual(got, { negated: [], hedged: ['EA'], corrections: ['but'] });
  });
  it('a contrast word that is part of an answer is no contrast', () => {
    const got = mark({
      text: 'maybe EA but CSP',
      mentions: [
        ['EA', 'channel'],
        ['but', 'service'],
        ['CSP', 'channel'],
      ],
      lexicons: [EN({ hedges: 'maybe', doubtContrast: 'but' })],
    });
    assert.deepStrictEqual(got.hedged, ['EA', 'CSP']);
  });
  it('the present up to two words after the contrast takes back the doubt; before it, or further, or none, nothing', () => {
    const lexicons = [EN({ hedges: 'maybe', doubtContrast: 'but', doubtNow: 'now' })];
    const mentions: Case['mentions'] = [
      ['EA', 'channel'],
      ['CSP', 'channel'],
    ];
    assert.deepStrictEqual(mark({ text: 'maybe EA but right now CSP', mentions, lexicons }).corrections, ['but']);
    for (const text of ['maybe now EA but CSP', 'maybe EA but a b c now CSP', 'maybe EA but CSP'])
      assert.deepStrictEqual(mark({ text, mentions, lexicons }), { negated: [], hedged: ['EA'], corrections: [] }, text);
  });
});

describe('negation rules: a negated phrase of two mentions', () => {
  type Phrased = NegatableMention & { option: string };
  function phrase(
    text: string,
    parts: Array<[words: string, question: QuestionId | undefined, option: string, negated: boolean]>,
    joins: string[] = [],
  ): string[] {
    const mentions: Phrased[] = parts.map(([w, question, option, negated]) => ({ question, option, negated, hedged: false, ...span(text, w) }));
    negatePhrases(
      text,
      mentions,
      joins.map((w) => span(text, w)),
    );
    return mentions.filter((m) => m.negated).map((m) => text.slice(m.start, m.end));
  }
  it('the two must be read as the same answer of one question', () => {
    assert.deepStrictEqual(
      phrase('not Office licences', [
        ['Office', undefined, 'x', true],
        ['licences', undefined, 'x', false],
      ]),
      ['Office'],
    );
    assert.deepStrictEqual(
      phrase('not Office licences', [
        ['Office', 'service', 'x', true],
        ['licences', 'channel', 'x', false],
      ]),
      ['Office'],
    );
    assert.deepStrictEqual(
      phrase('not Office licences', [
        ['Office', 'service', 'x', true],
        ['licences', 'service', 'x', false],
      ]),
      ['Office', 'licences'],
    );
  });
  it('the second may stand one word after the first, not two', () => {
    assert.deepStrictEqual(
      phrase('not Office for licences', [
        ['Office', 'service', 'x', true],
        ['licences', 'service', 'x', false],
      ]),
      ['Office', 'licences'],
    );
    assert.deepStrictEqual(
      phrase('not Office for new licences', [
        ['Office', 'service', 'x', true],
        ['licences', 'service', 'x', false],
      ]),
      ['Office'],
    );
  });
  it('the second may stand glued to the first (Office许可证) but not overlap it, nor stand past a comma', () => {
    assert.deepStrictEqual(
      phrase('不是Office许可证', [
        ['Office', 'service', 'x', true],
        ['许可证', 'service', 'x', false],
      ]),
      ['Office', '许可证'],
    );
    assert.deepStrictEqual(
      phrase('not Office licences', [
        ['Office licences', 'service', 'x', true],
        ['licences', 'service', 'x', false],
      ]),
      ['Office licences'],
    );
    assert.deepStrictEqual(
      phrase('not Office, licences', [
        ['Office', 'service', 'x', true],
        ['licences', 'service', 'x', false],
      ]),
      ['Office'],
    );
  });
  it('nor stand after a joining word between them ("not Dynamics but Office", one word apart)', () => {
    const parts: Array<[string, QuestionId, string, boolean]> = [
      ['Dynamics', 'service', 'x', true],
      ['Office', 'service', 'x', false],
    ];
    assert.deepStrictEqual(phrase('not Dynamics but Office', parts, ['but']), ['Dynamics']);
    assert.deepStrictEqual(phrase('not Dynamics but Office', parts, []), ['Dynamics', 'Office']);
  });
});

describe('negation rules: a "no" answering a question that opens a doubt', () => {
  // "通过Open？还是不是。是EA。": the no is written straight against its full stop, and the doubt
  // that holds it ends there too; an answer of the next sentence is not named by that doubt.
  it('ends its sentence at a full stop right after the no', () => {
    const lexicons = [ZH({ hedges: '还是不是' }, { negateAfter: '\\?还是不是' })];
    const got = mark({
      text: '通过open?还是不是.是ea.',
      mentions: [
        ['open', 'channel'],
        ['ea', 'channel'],
      ],
      lexicons,
    });
    assert.deepStrictEqual(got.negated, []);
  });

  it("ends its sentence at the text's end when no stop follows (the doubt names the answer after it: a no)", () => {
    const lexicons = [EN({ hedges: 'probably' }, { negateAfter: '\\? no' })];
    const got = mark({
      text: 'through open ? no , probably ea',
      mentions: [
        ['open', 'channel'],
        ['ea', 'channel'],
      ],
      lexicons,
    });
    assert.deepStrictEqual(got.negated, ['open']);
  });
});
