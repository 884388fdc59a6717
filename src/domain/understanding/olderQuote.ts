// Words quoted inline on a line quoted with "> " belong to that older message: they are read with it
// (older than everything the newest message says, its own inline quotes too), not as the newest
// message's quotation (where the newest message's own quotations go: quoteOrder.ts).

// The global form of each pattern, built once: unquotedMatch runs once per message.
const globalForms = new WeakMap<RegExp, RegExp>();

/** The first match of `pattern` that does not stand on a line quoted with "> ". */
export function unquotedMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let all = globalForms.get(pattern);
  if (all === undefined) {
    all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalForms.set(pattern, all);
  }
  all.lastIndex = 0;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    if (!/^\s*>/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) return m;
  }
  return null;
}
