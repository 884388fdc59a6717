// What a turn reads of a typed message (conversation/advisor/typedInput.ts), from a table written
// by hand: the lines stay (a pasted thread is read by them), and so do a line's blanks (a pasted
// table is read by its columns).
import { strict as assert } from 'assert';
import { MAX_TYPED_TEXT, typedText } from '../../src/conversation/advisor/typedInput';

const rows: [string, string, string][] = [
  ["spaces and tabs within a line stay: they are a pasted table's columns", 'Product   Qty\tSource', 'Product   Qty\tSource'],
  ['other blanks are spaces, one for one', 'EA\u2003\u2009Open', 'EA  Open'],
  ['blanks around the message go', '  \n hello \t\n ', 'hello'],
  ['a line break stays a line break', 'From: Dana\nThey buy through an EA', 'From: Dana\nThey buy through an EA'],
  ['CR LF and a lone CR are line breaks', 'first\r\nsecond\rthird', 'first\nsecond\nthird'],
  ["Unicode's line and paragraph separators are line breaks", 'first\u2028second\u2029third', 'first\nsecond\nthird'],
  ["blanks at a line's end go, its indent stays", 'first \t \n   second', 'first\n   second'],
  ['one blank line between paragraphs stays', 'first\n\nsecond', 'first\n\nsecond'],
  ['many blank lines are one', 'first\n\n\n \n\t\n\nsecond', 'first\n\nsecond'],
  ['a no-break space, typed or as an HTML entity, is a space', 'Microsoft\u00a0365&nbsp;licences', 'Microsoft 365 licences'],
];

describe('Typed input: what a turn reads of a message', () => {
  for (const [what, raw, expected] of rows) it(what, () => assert.equal(typedText(raw), expected));

  it('is cut at the longest text a turn reads, lines counted', () => {
    const read = typedText('ab\n'.repeat(MAX_TYPED_TEXT));
    assert.equal(read.length, MAX_TYPED_TEXT);
    assert.ok(read.startsWith('ab\nab\n'));
  });
});

describe('Typed input: a crafted message', () => {
  it('is read no further than a few times the longest text a turn reads', () => {
    // A run of blanks with no line break after it: trimming line ends must not scan it once per blank.
    const read = typedText(`${' '.repeat(200_000)}x`);
    assert.equal(read, '', 'the blanks beyond the cut are never reached, so the x is not either');
    assert.equal(typedText(`${' '.repeat(3 * MAX_TYPED_TEXT)}x`), 'x');
  });
});
