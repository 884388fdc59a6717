// What is read of a typed message, the same in every host (the bot's channels and the side
// panel's page): its lines and its blanks as typed (a pasted thread, form or log is read by its
// lines, a pasted table by its columns of spaces or tabs), its line ends trimmed, and cut at a
// length no real message reaches, so a pasted novel costs the reader no more than a long sentence.

/** Longest text a turn reads; anything beyond is cut, not rejected. */
export const MAX_TYPED_TEXT = 2000;

/** The text a turn reads from what the user typed. */
export function typedText(raw: string): string {
  // Cut first: a crafted message of any length costs no more than one of the length read (the
  // steps below are linear, and a blank run is never scanned twice).
  const lines = raw
    .slice(0, 4 * MAX_TYPED_TEXT)
    .replace(/&nbsp;/g, ' ')
    // Every way of ending a line is one line break: CR LF, CR, and Unicode's line and paragraph separators.
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
    // Other blanks (no-break, em, thin spaces) are spaces, one for one, so columns stay aligned.
    .replace(/[^\S\n\t ]/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
  return (
    lines
      .join('\n')
      // A pasted mail keeps its paragraphs: one blank line between them, never more.
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_TYPED_TEXT)
  );
}
