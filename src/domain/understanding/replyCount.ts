// A post pasted with the replies under it, as Teams and Slack show them: the post, then a line
// that only counts the replies ("3 replies", "Respostas (2)", «Ответы (2)», "回复 (1)", "2 válasz"),
// then each reply under its author and time. The post is older than every reply below it (an AI
// summary of a meeting that a colleague's reply corrects from the recording), so the words above
// the first turn are no note written after the call: they are read as the oldest turn.

/** A line of one word and a count: "3 replies", "2 válasz", "Respostas (2)", "回复（1）". A field ("Produto: E3 (85)") has more. */
const COUNT = /^\s*(?:\d{1,3}\s+\p{L}+|\p{L}+\s*[(（]\d{1,3}[)）])\s*$/u;

/** Whether the note above a transcript's first turn ends with a line that counts the replies below it. */
export function repliesBelow(note: readonly string[]): boolean {
  const last = [...note].reverse().find((l) => l.trim() !== '');
  return last !== undefined && COUNT.test(last);
}
