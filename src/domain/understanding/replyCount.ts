// A post with its replies beneath it, as Teams and Slack copy a channel post: a line of a count
// and one word ("3 replies", "2 válasz", "Ответы (2)", "Respostas (2)", "2 条回复") right above
// the first reply. The post is older than its replies (an AI recap a colleague then corrects from
// the recording), unlike a paster's note above a chat log, which is the newest part.

/** A line that is only a count and one word, in either order (the word at least three letters, so "20 db" is no count of replies). */
const REPLY_COUNT = /^\s*(?:\d{1,3}\s*\p{L}{3,20}|\p{L}{3,20}\s*[(（]\d{1,3}[)）])\s*$/u;

/** Whether the lines of the part above a chat log end with a count of the replies below them. */
export function repliesBelow(lines: readonly string[]): boolean {
  const last = [...lines].reverse().find((l) => l.trim().length > 0);
  return last !== undefined && REPLY_COUNT.test(last);
}
