// The redline rule of src/domain/understanding/document.ts on its own: which struck words are
// blanked, and when the quotation marks of the message go with them. The word list is spelled out
// by hand ("struck", "deleted"), not read from the lexicons; every result keeps the text's length
// and its line breaks, so the other words keep their places.
import * as assert from 'assert';
import type { CompiledLexicon } from '../../src/domain/understanding/compile';
import { withoutStruck } from '../../src/domain/understanding/document';

const LEXICONS: CompiledLexicon[] = [{ language: 'en-US', entries: [], respell: [], struck: /struck|deleted/gu }];

/** `text` with each of `parts` (in order, each after the last) put out in spaces, and, when `quotes`, every quotation mark too. */
function blanked(text: string, parts: string[], quotes = true): string {
  let out = text;
  let from = 0;
  for (const part of parts) {
    const at = out.indexOf(part, from);
    assert.ok(at >= 0, `"${part}" is in "${text}"`);
    out = out.slice(0, at) + part.replace(/[^\n]/gu, ' ') + out.slice(at + part.length);
    from = at + part.length;
  }
  return quotes ? out.replace(/["“”«»„「」『』]/gu, ' ') : out;
}

function check(text: string, expected: string): void {
  const got = withoutStruck(text, LEXICONS);
  assert.strictEqual(got.length, text.length, text);
  assert.strictEqual(got, expected, text);
}

describe("document rules: a redline's struck words", () => {
  it('blank a bracket that opens with a struck word and a colon, up to its closing mark on that line', () => {
    check('a [struck: EA] [inserted: Open] b', blanked('a [struck: EA] [inserted: Open] b', ['[struck: EA]']));
    check('a [ struck : EA] b', blanked('a [ struck : EA] b', ['[ struck : EA]']));
    // Closed on another line, or with no colon after the word: no bracket of struck words.
    check('a [struck: EA\n] Open', 'a [struck: EA\n] Open');
    check('a [struck EA] b', 'a [struck EA] b');
  });

  it('blank a line a struck word labels, to its end, after a bullet too; not a word inside a line', () => {
    check('Struck: EA\nInserted: Open', blanked('Struck: EA\nInserted: Open', ['Struck: EA']));
    check('- Struck: EA\nOpen', blanked('- Struck: EA\nOpen', ['Struck: EA']));
    check('Scope\n  deleted : EA\nOpen', blanked('Scope\n  deleted : EA\nOpen', ['deleted : EA']));
    check('he said struck: EA', 'he said struck: EA');
  });

  it('blank a quotation right after a struck word, closed on its line, in any of its marks', () => {
    const text = 'counsel struck "the EA" and wrote "Open"';
    check(text, blanked(text, ['"the EA"']));
    check('counsel struck  “the EA” here', blanked('counsel struck  “the EA” here', ['“the EA”']));
    check('struck «EA» here', blanked('struck «EA» here', ['«EA»']));
    check('struck „EA” here', blanked('struck „EA” here', ['„EA”']));
    check('struck "EA\nOpen" here', 'struck "EA\nOpen" here');
  });

  it('blank a quotation right before a struck word, opened on its line', () => {
    check('then "EA" struck, "Open" in', blanked('then "EA" struck, "Open" in', ['"EA"']));
    check('then “EA” deleted', blanked('then “EA” deleted', ['“EA”']));
    check('x "E\nA" struck', 'x "E\nA" struck');
    check('x y" struck', 'x y" struck');
  });

  it('leave the text as it is, quotation marks and all, when nothing is struck', () => {
    check('they deleted two users. He wrote: "we are T1"', 'they deleted two users. He wrote: "we are T1"');
    check('no word of a redline here: "EA"', 'no word of a redline here: "EA"');
  });

  it('blank only up to the closing mark, or the end of the text; a bracket needs its word right after "[" and the colon right after the word', () => {
    check('Struck: EA', blanked('Struck: EA', ['Struck: EA']));
    check('a [struck: EA]x', blanked('a [struck: EA]x', ['[struck: EA]']));
    check('Struck: EA [x] tail', blanked('Struck: EA [x] tail', ['Struck: EA [x] tail']));
    check('counsel struck "EA" [see note]', blanked('counsel struck "EA" [see note]', ['"EA"']));
    check('x [a] struck: EA [b] c', 'x [a] struck: EA [b] c');
    check('a [struck EA: b] c', 'a [struck EA: b] c');
    check('struck out, the clause: EA\nOpen', 'struck out, the clause: EA\nOpen');
  });

  it('blank a quotation at the start of its line; nothing when the quotation is not closed or no mark opens it', () => {
    check('"EA" struck', blanked('"EA" struck', ['"EA"']));
    check('struck "EA here', 'struck "EA here');
    check('ab“ struck', 'ab“ struck');
  });
});
