// What is read of a typed message, the same in every host (the bot's channels and the side
// panel's page): whitespace folded, and cut at a length no real message reaches, so a pasted
// novel costs the reader no more than a long sentence.

/** Longest text a turn reads; anything beyond is cut, not rejected. */
export const MAX_TYPED_TEXT = 2000;

/** The text a turn reads from what the user typed. */
export function typedText(raw: string): string {
  return raw
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TYPED_TEXT);
}
