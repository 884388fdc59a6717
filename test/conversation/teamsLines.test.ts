// Teams' lines put back into a message's text from its HTML copy (conversation/channel/teamsLines.ts).
// The HTML is written in the shapes Teams sends (a <div> per line, nested; <p> and <br>; a mention
// as a Mention span or <at>; entities), each expected text by hand.
import { strict as assert } from 'assert';
import { MAX_HTML_CHARS, htmlLines, withTeamsLines } from '../../src/conversation/channel/teamsLines';

const rows: [string, string, string, string][] = [
  [
    'a <div> per line, nested as Teams nests them',
    'Subject: Contoso They buy through an EA',
    '<div><div><div>Subject: Contoso</div><div>They buy through an EA</div></div></div>',
    'Subject: Contoso\nThey buy through an EA',
  ],
  ['a <br> inside a paragraph', 'first line second line', '<p>first line<br>second line</p>', 'first line\nsecond line'],
  ['a blank paragraph is a blank line', 'one two', '<p>one</p><p>&nbsp;</p><p>two</p>', 'one\n\ntwo'],
  ['a <br> alone on a line is a blank line', 'one two', '<div>one</div><div><br></div><div>two</div>', 'one\n\ntwo'],
  [
    "the bot's mention is in the HTML but no longer in the text",
    ' hello there',
    '<div><span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">Advisor</span>&nbsp;hello</div><div>there</div>',
    ' hello\nthere',
  ],
  ['a mention as <at>', 'hello there', '<p><at id="0">Advisor</at> hello</p><p>there</p>', 'hello\nthere'],
  ['entities are the characters they stand for', 'a < b & c d', '<div>a &lt; b &amp; c</div><div>d</div>', 'a < b & c\nd'],
  ['numeric entities too', "it's ok", '<div>it&#39;s</div><div>o&#x6b;</div>', "it's\nok"],
  ['line breaks in the markup are no lines', 'one two', '<div>\r\n<div>one\ntwo</div>\n</div>', 'one two'],
  ['a copy with other words leaves the text as it came', 'they buy through an EA', '<div>they buy</div><div>through Open</div>', 'they buy through an EA'],
  ['a text with its lines already is kept', 'first\nsecond third', '<div>first second</div><div>third</div>', 'first\nsecond third'],
  ['a copy on one line changes nothing', 'one   two', '<p>one two</p>', 'one   two'],
  ['an unclosed tag ends the copy: its words differ, the text stays', 'one two', '<div>one</div><div two', 'one two'],
  ['letters outside the Basic Multilingual Plane keep their place', 'Ok 👍 next', '<div>Ok 👍</div><div>next</div>', 'Ok 👍\nnext'],
];

describe("Teams' lines from a message's HTML copy", () => {
  for (const [what, text, html, expected] of rows) it(what, () => assert.equal(withTeamsLines(text, html), expected));

  it('reads a copy as a browser shows it: a blank in the markup is a space, a block ends its line once', () => {
    assert.equal(htmlLines('<div><div>a \n b</div></div><div><div>c</div></div>'), 'a   b\nc\n');
  });

  it('skips a mention with nested elements of its own name whole', () => {
    assert.equal(htmlLines('<div><at>A <at>B</at> C</at>x</div>'), 'x\n');
  });

  it('leaves a copy longer than it reads alone', () => {
    const words = 'word '.repeat(MAX_HTML_CHARS / 5);
    const html = `<div>${words}</div><div>end</div>`;
    assert.equal(withTeamsLines(`${words} end`, html), `${words} end`);
    assert.equal(withTeamsLines('w end', '<div>w</div><div>end</div>'), 'w\nend', 'a short one is read');
  });
});
