// The side panel's decoder of character references for markdown-it, put in place of the
// `entities` package by the page's bundle (scripts/lib/panelBundle.ts). The package's tables of
// every HTML name are 28 KB of the page's 300 KB gzipped budget, for texts that are the project's
// own: they hold no character reference but the few below (test/panel/htmlEntities.test.ts holds
// the catalogs to it). markdown-it is given only the two functions it calls.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bdquo: '\u201e',
  euro: '\u20ac',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** A code point HTML allows a numeric reference to give; others read as the replacement character. */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Every reference with its closing ";" decoded; a name not known is left as written. */
export function decodeHTMLStrict(text: string): string {
  return text.replace(REFERENCE, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    return NAMED[name!] ?? whole;
  });
}

/** markdown-it calls it for the text of links and code info; references there close with ";" too. */
export const decodeHTML = decodeHTMLStrict;
