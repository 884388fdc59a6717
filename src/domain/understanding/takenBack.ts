// A correction takes back the answer said just before it even when what it puts instead is
// nothing the reader knows ("EA. No wait, it was the other programme"): the old value is not
// read, the question stays open (a wrong answer is worse than a question asked again).

interface Span {
  start: number;
  end: number;
}

interface Said extends Span {
  question: string | undefined;
  negated: boolean;
}

/** How many words may stand between the answer and the correction ("EA-n vették. Nem, várj"). */
const NEAR = 3;

const WORD = /\p{L}[\p{L}\p{N}]*|\p{N}+/gu;

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Where the sentence that holds `at` ends: its full stop, question or exclamation mark, or the text's end. */
function sentenceEnd(text: string, at: number): number {
  const m = /[.?!。？！]/u.exec(text.slice(at));
  return m === null ? text.length : at + m.index;
}

/**
 * Marks as taken back (negated) the answer right before a correction that opens a clause when
 * the rest of the correction's sentence says something but names no answer; a correction followed by one it
 * names is left to the usual rule (the last said wins).
 */
export function takeBackUnnamed(text: string, mentions: Said[], corrections: readonly Span[]): void {
  const named = mentions.filter((m) => m.question !== undefined);
  for (const c of corrections) {
    // "No, wait" opens its clause; a "no" at a clause's end ("there are no resellers, ...") denies its own words.
    if (!/(^|[.,;:!?。，；：！？])\s*$/u.test(text.slice(0, c.start))) continue;
    const end = sentenceEnd(text, c.end);
    const rest = corrections
      .filter((o) => o.start >= c.end && o.end <= end)
      .reduce((r, o) => r.replace(text.slice(o.start, o.end), ''), text.slice(c.end, end));
    if (words(rest) === 0 || named.some((m) => m.start >= c.end && m.start < end)) continue;
    const before = named.filter((m) => m.end <= c.start);
    const last = before[before.length - 1];
    // A "no" after an option asked ("Or through Open? No, can't recall") answers the question, it takes back nothing said.
    if (last === undefined || words(text.slice(last.end, c.start)) > NEAR || /[?？]/u.test(text.slice(last.end, c.start))) continue;
    last.negated = true;
  }
}
