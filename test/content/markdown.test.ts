// What the content check lets a card show: plain text, **bold** and https links; nothing that
// loads, runs or points elsewhere.
import { strict as assert } from 'assert';
import { unsafeMarkdown } from '../../src/domain/contentPack';

describe('content check: safe Markdown', () => {
  for (const text of [
    'Open **Customers** and select **Request a reseller relationship**.',
    'See [Partner Center](https://learn.microsoft.com/en-us/partner-center/).',
    'Since 9 October 2023, GDAP: granular delegated admin privileges.',
    'A value < 5 or 3 > 2 is prose, not a tag.',
    'Data: what the customer keeps.',
    '<https://learn.microsoft.com/>',
  ])
    it(`passes ${JSON.stringify(text)}`, () => assert.equal(unsafeMarkdown(text), undefined));

  const refused: [string, RegExp][] = [
    ['Hello <b>there</b>', /HTML tags/],
    ['<!-- hidden -->', /HTML tags/],
    ['![pixel](https://track.example.com/p.gif)', /images/],
    ['[click](http://example.com)', /refused target "http:\/\/example.com"/],
    ['[click](/relative)', /refused target "\/relative"/],
    ['[ref]: ftp://example.com/file', /refused target "ftp:\/\/example.com\/file"/],
    ['<ftp://example.com/file>', /links must be https \(refused <ftp:\/\/example.com\/file>\)/],
    ['Visit http://example.com now', /addresses must be https \(refused http:\/\/\)/],
    ['[x](JavaScript:alert(1))', /"JavaScript:"/],
    ['vbscript :msgbox', /"vbscript :"/],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /"data:"/],
  ];
  for (const [text, why] of refused)
    it(`refuses ${JSON.stringify(text)}`, () => {
      const found = unsafeMarkdown(text);
      assert.ok(found, 'refused');
      assert.match(found, why);
    });
});
