// A post with its replies pasted below it ("Итоги собрания …" then "Ответы (2)" then "Денис К.  15:12 …"),
// as a chat or channel app shows a thread: the words above the replies' count are the post the replies
// answer (an AI summary they correct, a question), written before them, not the paster's note after
// the call. The count line is the app's own shape, a word or two and the number in brackets, in every language.

/**
 * A replies' count line: one to three words, then the number in brackets ("Ответы (2)", "Respostas (2)", "回复 (1)"),
 * or the number, then one word of three letters or more ("3 replies", "2 válasz", "2 条回复"; "20 db" is a quantity).
 */
const COUNT = /^\s*(?:\p{L}+(?:[ \t]\p{L}+){0,2}\s*[(（]\d{1,3}[)）]\s*:?|\d{1,3}\s*\p{L}{3,20})\s*$/u;

/** Whether the words above a transcript's first turn end with a replies' count: then they are the oldest part, the post replied to. */
export function postAboveReplies(note: readonly string[]): boolean {
  const last = [...note].reverse().find((l) => l.trim() !== '');
  return last !== undefined && COUNT.test(last);
}

/** The count line itself states nothing: the post without it. */
export function withoutCount(note: readonly string[]): string[] {
  return note.filter((l) => !COUNT.test(l));
}
