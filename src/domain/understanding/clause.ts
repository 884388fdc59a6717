// The clause around a span of the prepared text: from the last stop or comma before it to the
// first after it. `prepare` folds every other mark ("!", "。", "，", "？", ":", line breaks) into
// ".", "?" and ",", so these, with ";", are the only bounds; sentenceOf (text.ts) is the sentence.
const MARKS = /[.?,;]/u;

export function clauseOf(text: string, from: number, to = from): { start: number; end: number } {
  let start = from;
  while (start > 0 && !MARKS.test(text[start - 1]!)) start--;
  const rest = text.slice(to).search(MARKS);
  return { start, end: rest < 0 ? text.length : to + rest };
}
