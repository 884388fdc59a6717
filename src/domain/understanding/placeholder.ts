// A ticket macro pasted with its template placeholders ("{{dc.passos_ea}}", "{{ticket.requester.name}}")
// holds the names of fields, never words about the case: "passos_ea" names no EA. The placeholders are
// blanked, with as many spaces, so the text keeps its length and every word its place.

const PLACEHOLDER = /\{\{[^{}\n]{0,80}\}\}/gu;

/** The text with each "{{…}}" placeholder blanked. */
export function withoutPlaceholders(text: string): string {
  return text.includes('{{') ? text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length)) : text;
}
