// The side panel's stand-in for linkify-it, put in place of the package by the page's bundle
// (scripts/lib/panelBundle.ts). markdown-it makes a LinkifyIt in its constructor but reads it only
// in its two linkify rules, which return at once while the `linkify` option is off, as the page has
// it (its texts' addresses are Markdown links). The package and the Unicode tables it brings weigh
// about 3 KB of the page's budget gzipped. test/panel/linkifyOff.test.ts holds both facts.

/** Fails loudly if ever called: a page that turned linkify on would otherwise link nothing, quietly. */
function off(): never {
  throw new Error('linkify is off in the side panel');
}

export default class LinkifyOff {
  pretest = off;
  test = off;
  match = off;
  matchAtStart = off;
}
