// What is read of a typed message, the same in every host (the bot's channels and the side
// panel's page): spaces folded within a line, its lines kept (a pasted thread, a form or a log is
// read by its lines), and cut at a length no real message reaches, so a pasted novel costs the
// reader no more than a long sentence.

/** Longest text a turn reads; anything beyond is cut, not rejected. */
export const MAX_TYPED_TEXT = 2000;

/** The text a turn reads from what the user typed. */
export function typedText(raw: string): string {
  return (
    raw
      .replace(/&nbsp;/g, ' ')
      // Every way of ending a line is one line break: CR LF, CR, and Unicode's line and paragraph separators.
      .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
      // Spaces, tabs and the other blanks of a line are one space; a line starts and ends with no blank.
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      // A pasted mail keeps its paragraphs: one blank line between them, never more.
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_TYPED_TEXT)
  );
}
