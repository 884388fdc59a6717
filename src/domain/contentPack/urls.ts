// Addresses a result may link to: https only, and nothing a Markdown link `[text](url)` could
// break on (spaces, parentheses, angle brackets) or a placeholder left unfilled.

/** An absolute https address with nothing a Markdown link could break on. */
export function isHttpsUrl(value: string): boolean {
  if (/[\s()<>{}]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
