// The side panel's small decoder of character references, put in place of the `entities` package
// by the page's bundle: it decodes what the project's texts hold the way the package does, and is
// held to the package on every text of content/.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeHTML as packageDecode, decodeHTMLStrict as packageStrict } from 'entities';
import { decodeHTML, decodeHTMLStrict } from '../../src/panel/htmlEntities';
import { PROJECT_ROOT } from '../support/paths';

function strings(node: unknown, into: string[] = []): string[] {
  if (typeof node === 'string') into.push(node);
  else if (Array.isArray(node)) for (const item of node) strings(item, into);
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) strings(value, into);
  return into;
}

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? contentFiles(full) : e.name.endsWith('.json') ? [full] : [];
  });
}

describe('side panel: its decoder of character references', () => {
  it('decodes numeric references, decimal and hexadecimal, and the names it knows', () => {
    assert.equal(decodeHTMLStrict('a &amp; b &lt;c&gt; &#169; &#x2014; &quot;x&quot; &nbsp;'), 'a & b <c> © — "x" \u00a0');
    assert.equal(decodeHTML('&hellip;&laquo;&raquo;&euro;'), '…«»€');
  });

  it('leaves a name it does not know, and a reference with no ";", as written', () => {
    assert.equal(decodeHTMLStrict('&notaname; &amp &#169'), '&notaname; &amp &#169');
  });

  it('reads a reference to no character as the replacement character', () => {
    assert.equal(decodeHTMLStrict('&#0; &#xD800; &#x110000;'), '\ufffd \ufffd \ufffd');
  });

  it('decodes every text of content/ as the package does', () => {
    const all = contentFiles(path.join(PROJECT_ROOT, 'content')).flatMap((file) => strings(JSON.parse(fs.readFileSync(file, 'utf8'))));
    assert.ok(all.length > 1000, `${all.length} texts`);
    for (const text of all) {
      assert.equal(decodeHTMLStrict(text), packageStrict(text), text);
      assert.equal(decodeHTML(text), packageDecode(text), text);
    }
  });
});
