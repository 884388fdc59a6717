// What a card may show: Teams and Web Chat render Markdown in card text, so a text could carry a
// tracking image, a link to anything or markup. The check refuses, in any text a card may show:
// raw HTML tags and comments, images (`![`), links whose target is not https (`[text](url)`,
// `[ref]: url`, `<scheme:…>`), bare addresses with another scheme (http://, ftp://…), and the
// script-running schemes javascript:, vbscript: and data:. Plain text and **bold** pass.

// Anything a renderer could take for markup: `<` then a letter, `/`, `!` or `?`, closed or not
// (`<svg/onload=…` has no space after its name, and a browser needs no `>`). `a < b` passes.
const HTML_TAG = /<[A-Za-z/!?]/;
const IMAGE = /!\[/;
const INLINE_TARGET = /\]\(\s*<?([^)\s>]*)/g;
const REFERENCE_TARGET = /^\s*\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>/g;
const SCHEME_URL = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):\/\//g;
// data: only followed by a type (data:text/html…), so a colon after the word in prose passes.
const SCRIPT_SCHEME = /(?<![\p{L}\p{N}])(javascript|vbscript)\s*:|(?<![\p{L}\p{N}])data:(?=[A-Za-z]+\/|,|;)/iu;

function isHttps(target: string): boolean {
  return /^https:\/\/[^\s/?#]+/i.test(target);
}

/** Why a text is unsafe for a card, or undefined when it is safe. */
export function unsafeMarkdown(text: string): string | undefined {
  const script = SCRIPT_SCHEME.exec(text);
  if (script) return `must not contain "${script[0]}" (script or data URLs are refused)`;
  const autolinks = [...text.matchAll(AUTOLINK)].map((m) => m[1]!);
  const badAutolink = autolinks.find((t) => !isHttps(t));
  if (badAutolink !== undefined) return `links must be https (refused <${badAutolink}>)`;
  const withoutAutolinks = text.replace(AUTOLINK, '');
  if (HTML_TAG.test(withoutAutolinks)) return 'must not contain HTML tags or comments (use Markdown: **bold**, [text](https://…))';
  if (IMAGE.test(text)) return 'must not contain images (![…](…))';
  for (const pattern of [INLINE_TARGET, REFERENCE_TARGET]) {
    const bad = [...text.matchAll(pattern)].map((m) => m[1]!).find((t) => !isHttps(t));
    if (bad !== undefined) return `links must be [text](https://…) (refused target "${bad}")`;
  }
  const scheme = [...text.matchAll(SCHEME_URL)].map((m) => m[1]!).find((s) => s.toLowerCase() !== 'https');
  if (scheme !== undefined) return `addresses must be https (refused ${scheme}://)`;
  return undefined;
}
