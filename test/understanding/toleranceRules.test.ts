// The rules of src/domain/understanding/tolerance.ts one at a time: how far a typed word may be
// from a lexicon word, when a stem keeps the word's ending, how a tie is settled, which letters of
// another script are read as Latin or as Cyrillic. Each test was written against a mutant that
// survived the reader's mutation run (docs/testing.md, tenth pass). The dictionaries are made
// here from a few patterns (letters only where a word of a real lexicon would not make the rule
// plain), not read from the lexicons, so a change to the lexicons changes none of these.
import * as assert from 'assert';
import { otherForm } from '../../src/domain/understanding/hurried';
import type { PreparedText } from '../../src/domain/understanding/text';
import { Dictionary, allowedEdits, buildDictionary, correction, editDistance, oneScript, tolerate } from '../../src/domain/understanding/tolerance';

/** A dictionary of the patterns given, all of one language. */
function dictionary(...patterns: string[]): Dictionary {
  return buildDictionary([['en-US', patterns]]);
}

/** A word corrected with no language of the message known. */
function fix(word: string, dict: Dictionary, capitals?: boolean): string | undefined {
  return correction(word, dict, () => new Set(), capitals);
}

/** Text already prepared (folded), each character its own origin. */
function prepared(text: string): PreparedText {
  return { text, origin: [...text].map((_, k) => k) };
}

describe('tolerance rules: edit distance', () => {
  it('allows one edit from five letters and two from nine', () => {
    assert.deepStrictEqual([4, 5, 8, 9].map(allowedEdits), [0, 1, 1, 2]);
  });

  it('gives max + 1 for words whose lengths alone differ by more than max', () => {
    assert.strictEqual(editDistance('a', 'abcdef', 1), 2);
  });

  it('counts a swap of two neighbours as one edit, and only of the same two letters', () => {
    assert.strictEqual(editDistance('ab', 'ba', 2), 1);
    // "ab" and "xa" share an "a" at crossed places, but no swap turns one into the other.
    assert.strictEqual(editDistance('ab', 'xa', 2), 2);
  });
});

describe('tolerance rules: short words', () => {
  const dict = dictionary('csp');

  it('takes a three-letter word with two neighbours swapped only in capitals (an acronym)', () => {
    assert.strictEqual(fix('cps', dict, true), 'csp');
    assert.strictEqual(fix('cps', dict), undefined);
  });

  it('takes no swap when two swaps each give a word', () => {
    assert.strictEqual(fix('abcd', dictionary('acbd', 'abdc')), undefined);
  });

  it('swaps only letters inside the word, nothing past its end', () => {
    assert.strictEqual(fix('abcde', dictionary('abcdundefinede')), undefined);
  });
});

describe('tolerance rules: words and their stems', () => {
  it('leaves a word that is a stem itself as typed', () => {
    assert.strictEqual(fix('transfer', dictionary('transfer%')), undefined);
  });

  it('corrects the beginning of the word against a stem and keeps its ending', () => {
    const dict = dictionary('transfer%');
    assert.strictEqual(fix('tronsferring', dict), 'transferring');
    // The word as long as the stem: the stem itself.
    assert.strictEqual(fix('tronsfer', dict), 'transfer');
  });

  it('takes a stem only where the word has its last letter ("gerente" is no "gerenc-e")', () => {
    assert.strictEqual(fix('gerente', dictionary('gerenc%')), undefined);
  });

  it('lets a stem of six letters carry an ending, one of five none', () => {
    assert.strictEqual(fix('geranciar', dictionary('gerenc%')), 'gerenciar');
    assert.strictEqual(fix('tratar', dictionary('traga%')), undefined);
    // A five-letter stem still corrects a word of its own length.
    assert.strictEqual(fix('troga', dictionary('traga%')), 'traga');
  });

  it('takes a letter dropped or doubled before the ending only for a stem of seven letters or more', () => {
    assert.strictEqual(fix('transsfer', dictionary('transfer%')), 'transfer');
    assert.strictEqual(fix('gerecia', dictionary('gerenc%')), undefined);
    // The shorter or longer beginning must end in the stem's last letter too.
    assert.strictEqual(fix('transfeing', dictionary('transfer%')), undefined);
  });

  it('looks for a letter dropped or doubled only when nothing closer was found', () => {
    // Two edits from a word of the lexicon, one from "transfer" with an "s" doubled: the word wins.
    assert.strictEqual(fix('transsferring', dictionary('transfer%', 'tcansferring')), 'tcansferring');
  });

  it('takes no stem when its beginning one letter shorter and one letter longer give two forms', () => {
    assert.strictEqual(fix('abcdegfg', dictionary('abcdefg%')), undefined);
  });

  it('reads a swap as a form of a stem only when the stem holds both swapped letters', () => {
    assert.strictEqual(fix('gerecn', dictionary('gerenc%')), 'gerenc');
    assert.strictEqual(fix('abcxd', dictionary('abcd%')), undefined);
  });
});

describe('tolerance rules: the closest word', () => {
  it('takes the closest word, not one farther that keeps more of the beginning', () => {
    assert.strictEqual(fix('abcdefgxy', dictionary('abcdefxy', 'abcdefgzz')), 'abcdefxy');
  });

  it('allows a shorter word only the edits its own length allows', () => {
    assert.strictEqual(fix('abcdefgxy', dictionary('abcdefzx')), undefined);
  });

  it('reads any run of a letter as one when comparing doubled letters', () => {
    assert.strictEqual(fix('ressseler', dictionary('reseller')), 'reseller');
  });

  it('settles a tie by the longer shared beginning before the longer word', () => {
    assert.strictEqual(fix('abcdefgh', dictionary('abcdefh', 'abcdexfgh')), 'abcdefh');
  });

  describe('a tie settled by the message language', () => {
    const lexicons = buildDictionary([
      ['en-US', ['distributor']],
      ['pt-BR', ['distribuidor']],
    ]);
    const inBoth = buildDictionary([
      ['en-US', ['distributor']],
      ['es-ES', ['distributor']],
      ['pt-BR', ['distribuidor']],
    ]);
    const language = (tag: string) => () => new Set([tag]);

    it("takes the word of the message's language", () => {
      assert.strictEqual(correction('distribudor', lexicons, language('en-US')), 'distributor');
      assert.strictEqual(correction('distribudor', lexicons, language('pt-BR')), 'distribuidor');
    });

    it("takes a word of the message's language also when another language has it too", () => {
      assert.strictEqual(correction('distribudor', inBoth, language('en-US')), 'distributor');
    });

    it('with no language known, takes the longer word', () => {
      assert.strictEqual(
        correction('distribudor', lexicons, () => new Set()),
        'distribuidor',
      );
    });

    it("settles a tie among the message language's words by their beginnings, leaving out the others", () => {
      const dict = buildDictionary([
        ['en-US', ['abcdexgh', 'abcdefxh']],
        ['pt-BR', ['abcdefgx']],
      ]);
      assert.strictEqual(correction('abcdefgh', dict, language('en-US')), 'abcdefxh');
    });
  });
});

describe('tolerance rules: one script', () => {
  const dict = dictionary('pc', 'team', 'kappa');
  const typed = (original: string) => (k: number) => original[k];

  it('reads Latin look-alikes in a Russian word as Cyrillic', () => {
    assert.strictEqual(oneScript('пaртнер', dict), 'партнер');
  });

  it('leaves a Russian word with a Latin letter that has no Cyrillic look-alike as typed', () => {
    assert.strictEqual(oneScript('пaртнерstore', dict), 'пaртнерstore');
  });

  it('reads an acronym of up to four Cyrillic look-alikes in capitals as the Latin word the lexicons know', () => {
    assert.strictEqual(oneScript('рс', dict, typed('РС')), 'pc');
    assert.strictEqual(oneScript('теам', dict, typed('ТЕАМ')), 'team');
    assert.strictEqual(oneScript('рс2', dict, typed('РС2')), 'pc2');
  });

  it('leaves it as typed in lower case, not all in capitals, unknown case, or of five letters', () => {
    assert.strictEqual(oneScript('рс', dict, typed('Рс')), 'рс');
    assert.strictEqual(oneScript('рс', dict, typed('рс')), 'рс');
    assert.strictEqual(oneScript('рс', dict), 'рс');
    assert.strictEqual(oneScript('карра', dict, typed('КАРРА')), 'карра');
  });
});

describe('tolerance rules: words in the text', () => {
  const dict = dictionary('office', 'csp');

  it('corrects a word run into a number by its letters', () => {
    assert.strictEqual(tolerate(prepared('offce365'), dict).text, 'office365');
  });

  it('leaves a word with a digit inside, or letters after or before the number, as typed', () => {
    assert.strictEqual(tolerate(prepared('offic3e'), dict).text, 'offic3e');
    assert.strictEqual(tolerate(prepared('offce365x'), dict).text, 'offce365x');
    assert.strictEqual(tolerate(prepared('2offce365'), dict).text, '2offce365');
  });

  it("gives a letter added by a correction the origin of the word's last letter", () => {
    const out = tolerate(prepared('offce now'), dict);
    assert.strictEqual(out.text, 'office now');
    assert.deepStrictEqual(out.origin, [0, 1, 2, 3, 4, 4, 5, 6, 7, 8]);
  });

  it('reads a word as capitals only when every letter was typed in capitals', () => {
    assert.strictEqual(tolerate(prepared('cps'), dict, () => new Set(), 'CPS').text, 'csp');
    assert.strictEqual(tolerate(prepared('cps'), dict, () => new Set(), 'Cps').text, 'cps');
  });
});

describe('tolerance rules: hurried typing', () => {
  it('takes another form of a lexicon word for itself, not for a typo of that word', () => {
    const dict = dictionary('expired', 'dynamics', 'removed');
    assert.strictEqual(fix('expires', dict), undefined);
    assert.strictEqual(fix('expire', dict), undefined);
    assert.strictEqual(fix('remove', dict), undefined);
    // "d" makes a form only after an "e"; other letters are slips of the hand.
    assert.strictEqual(fix('expird', dict), 'expired');
    assert.strictEqual(fix('expirex', dict), 'expired');
    // A name's last "s" left out is a slip too, not the word's other form.
    assert.strictEqual(fix('dynamic', dict), 'dynamics');
  });

  it('finds the forms of one stem whichever of the two is longer or carries the "s"', () => {
    // The stem may end a letter before the shorter word does: "report" in "reported" and "reports".
    assert.strictEqual(otherForm('reported', 'reports'), true);
    assert.strictEqual(otherForm('expired', 'expires'), true);
    // Only an "s" or "es" left out at the end is a slip, not an ending that begins with "s".
    assert.strictEqual(otherForm('process', 'processes'), false);
  });

  it('corrects the letters after a number as those before one', () => {
    assert.strictEqual(tolerate(prepared('21vinaet'), dictionary('21 ?vianet')).text, '21vianet');
  });

  it('writes once a letter typed twice in a word that begins like a lexicon word, only when that gives a word', () => {
    const dict = dictionary('direc%', 'direct', 'partner%');
    assert.strictEqual(fix('direcct', dict), 'direct');
    assert.strictEqual(fix('partnerrel', dict), undefined);
  });

  it('writes no doubled vowel once (often an ending: «компании»), and reads no word that is only an ending after a group', () => {
    assert.strictEqual(fix('kompanii', dictionary('kompan%', 'kompani')), undefined);
    assert.strictEqual(fix('direcct', dictionary('direc%', 'in(direct)')), undefined);
    assert.strictEqual(fix('ovr', dictionary('l(over)')), undefined);
  });

  it('puts back the one vowel a short word lost, only when no vowel follows its first letter', () => {
    assert.strictEqual(fix('ovr', dictionary('over')), 'over');
    assert.strictEqual(fix('wnts', dictionary('wants')), 'wants');
    assert.strictEqual(fix('ovr', dictionary('over'), true), undefined);
    assert.strictEqual(fix('ovre', dictionary('overe')), undefined);
    assert.strictEqual(fix('ov', dictionary('ove')), undefined);
    // Inside the word only: a word cut short ("abr" for abril) is no word without its last vowel.
    assert.strictEqual(fix('abr', dictionary('abri')), undefined);
    // Typed with an accent, a word was typed with care ("írt" is a word, not "irat").
    assert.strictEqual(
      correction('irt', dictionary('irat'), () => new Set(), false, true),
      undefined,
    );
    assert.strictEqual(tolerate(prepared('irt'), dictionary('irat'), () => new Set(), 'írt').text, 'irt');
    assert.strictEqual(tolerate(prepared('irt'), dictionary('irat'), () => new Set(), 'irt').text, 'irat');
  });

  it('reads no vowel into a word typed with an accent, also with a number run into it, and not for an accent on the word before', () => {
    const dict = dictionary('irat', 'want');
    assert.strictEqual(tolerate(prepared('12irt'), dict, () => new Set(), '12írt').text, '12irt');
    assert.strictEqual(tolerate(prepared('12irt'), dict, () => new Set(), '12irt').text, '12irat');
    assert.strictEqual(tolerate(prepared('o wnt'), dict, () => new Set(), 'ő wnt').text, 'o want');
  });

  it('reads no vowel when two words fit, unless only one is of the message language', () => {
    assert.strictEqual(fix('wnt', dictionary('want', 'went')), undefined);
    const dict = buildDictionary([
      ['en-US', ['elas']],
      ['pt-BR', ['eles']],
    ]);
    assert.strictEqual(
      correction('els', dict, () => new Set(['pt-BR'])),
      'eles',
    );
    assert.strictEqual(
      correction('els', dict, () => new Set()),
      undefined,
    );
  });

  it('splits two words of five letters or more typed as one, in one way only', () => {
    assert.strictEqual(fix('partnercenter', dictionary('partner center')), 'partner center');
    assert.strictEqual(fix('partnerkent', dictionary('partner', 'kent')), undefined);
    assert.strictEqual(fix('abcdefghijk', dictionary('abcde', 'fghijk', 'abcdef', 'ghijk')), undefined);
  });

  it('splits no word that is a form of a longer lexicon word, nor at an ending written after a group', () => {
    assert.strictEqual(fix('viszonteladok', dictionary('viszont', 'eladok', 'viszontelado%')), undefined);
    assert.strictEqual(fix('directamente', dictionary('direct', 'diret(o|amente)')), undefined);
    assert.strictEqual(fix('directamente', dictionary('direct', 'direct?amente')), undefined);
    assert.strictEqual(fix('directamente', dictionary('direct', 'amente')), 'direct amente');
  });

  describe('a word of a pattern is written on its own only where it begins a word', () => {
    /** Whether the dictionary of the one pattern holds the word as written on its own. */
    const alone = (pattern: string, word: string): boolean => dictionary(pattern).whole?.has(word) === true;

    it('after "|", where the group it ends begins a word, over a group nested before it', () => {
      assert.strictEqual(alone('in(direct (billing)?|reseller)', 'reseller'), false);
      assert.strictEqual(alone('(direct (billing)?|reseller)', 'reseller'), true);
    });
    it('right after "(", when nothing but a space or the start is before the group', () => {
      assert.strictEqual(alone('(the )?reseller', 'the'), true);
      assert.strictEqual(alone('in(direct)', 'direct'), false);
    });
    it('after an optional group only if a space ends the group, after an optional space or sign always', () => {
      assert.strictEqual(alone('(a )?reseller', 'reseller'), true);
      assert.strictEqual(alone('(re)?seller', 'seller'), false);
      assert.strictEqual(alone('partner ?center', 'center'), true);
      assert.strictEqual(alone('e-?mail', 'mail'), true);
      assert.strictEqual(alone('direct?amente', 'amente'), false);
    });
  });

  it('reads Cyrillic look-alikes run into a number as the Latin code, in any case', () => {
    const dict = dictionary('m ?365', 'pc');
    assert.strictEqual(
      oneScript('м365', dict, () => 'м'),
      'm365',
    );
    assert.strictEqual(
      oneScript('мама', dict, () => 'м'),
      'мама',
    );
  });
});
