// The side panel's stand-ins for markdown-it's rules of the three options the page has off (its
// Markdown is made with html and linkify off, typographer left off): each rule returns at once
// while its option is off, so the page's bundle puts a stand-in that does only that in place of
// each (scripts/lib/panelBundle.ts), about 3 KB of the page's budget gzipped. A stand-in whose
// option is on fails loudly, as a page that turned one on would otherwise quietly do nothing.
// test/panel/markdownOff.test.ts holds the rules to returning first and the page to the options.

interface RuleState {
  md: { options: { html?: boolean; linkify?: boolean; typographer?: boolean } };
}

function on(option: string): never {
  throw new Error(`${option} is off in the side panel's Markdown`);
}

/** rules_core/replacements and rules_core/smartquotes. */
export function typographerCoreRule(state: RuleState): void {
  if (!state.md.options.typographer) return;
  on('typographer');
}

/** rules_core/linkify. */
export function linkifyCoreRule(state: RuleState): void {
  if (!state.md.options.linkify) return;
  on('linkify');
}

/** rules_inline/linkify. */
export function linkifyInlineRule(state: RuleState): boolean {
  if (!state.md.options.linkify) return false;
  on('linkify');
}

/** rules_block/html_block and rules_inline/html_inline. */
export function htmlRule(state: RuleState): boolean {
  if (!state.md.options.html) return false;
  on('html');
}

/** The stand-ins by name, as the page's bundle names them. */
export const STAND_INS = { typographerCoreRule, linkifyCoreRule, linkifyInlineRule, htmlRule };
