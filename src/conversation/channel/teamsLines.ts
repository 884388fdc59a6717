// Teams sends a message typed on several lines with spaces where its lines ended; the lines are
// only in the message's text/html copy (an attachment: one <div> or <p> per line, <br> inside a
// paragraph). The reader reads pasted threads, quoted blocks, forms and logs by their lines, so
// they are put back. The words stay the text's own (the SDK has taken the bot's mention out of
// it): the HTML only says where a line ended, and only when it holds the very same characters.

/** The most HTML read for its lines: far above any message the reader reads (typedInput.ts). */
export const MAX_HTML_CHARS = 64 * 1024;

/** Elements that start or end a line of their own. */
const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Teams marks a mention in the HTML copy with this item type (or as <at>); the text has it taken out. */
const MENTION_TYPE = 'schema.skype.com/Mention';

/** One character reference at `at` (which holds '&'): what it stands for and where it ends, or none. */
function entityAt(html: string, at: number): { char: string; end: number } | undefined {
  const semi = html.indexOf(';', at);
  if (semi < 0 || semi - at > 10) return undefined;
  const name = html.slice(at + 1, semi);
  const code = /^#(\d+)$/.exec(name)?.[1] ?? undefined;
  const hex = /^#x([\da-f]+)$/i.exec(name)?.[1] ?? undefined;
  const point = code !== undefined ? Number(code) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (point !== undefined) return point > 0 && point <= 0x10ffff ? { char: String.fromCodePoint(point), end: semi + 1 } : undefined;
  const char = ENTITIES[name.toLowerCase()];
  return char === undefined ? undefined : { char, end: semi + 1 };
}

/**
 * The HTML's text with '\n' where a line ends: a blank in the markup is a space (a browser shows
 * no line there); a block's edges end a line once, a <br> always (an empty line is a <br> or a
 * blank paragraph); mentions are left out. One pass, no regular expression over the whole.
 */
export function htmlLines(html: string): string {
  let out = '';
  const soft = (): void => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  let skipping: { name: string; depth: number } | undefined;
  let at = 0;
  while (at < html.length) {
    const ch = html[at]!;
    if (ch === '<') {
      const end = html.indexOf('>', at);
      if (end < 0) break; // an unclosed tag: nothing after it is text
      const tag = html.slice(at + 1, end);
      at = end + 1;
      const match = /^(\/?)([a-z][a-z0-9]*)/i.exec(tag);
      if (!match) continue;
      const closing = match[1] === '/';
      const name = match[2]!.toLowerCase();
      if (skipping) {
        if (name === skipping.name && !tag.endsWith('/')) skipping.depth += closing ? -1 : 1;
        if (skipping.depth === 0) skipping = undefined;
        continue;
      }
      if (!closing && (name === 'at' || (name === 'span' && tag.includes(MENTION_TYPE)))) skipping = { name, depth: 1 };
      else if (name === 'br') out += '\n';
      else if (BLOCKS.has(name)) soft();
      continue;
    }
    at += 1;
    if (skipping) continue;
    if (ch === '&') {
      const entity = entityAt(html, at - 1);
      if (entity) {
        out += /\s/.test(entity.char) ? ' ' : entity.char;
        at = entity.end;
        continue;
      }
    }
    out += /\s/.test(ch) ? ' ' : ch;
  }
  return out;
}

/** The text's characters that are not blanks, in order. */
function inked(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The text with a line break wherever the HTML copy ended a line, or the text as it came when it
 * has its lines already, when the copy has none, or when the copy does not hold the same
 * characters (then where its lines fall in the text is not known).
 */
export function withTeamsLines(text: string, html: string): string {
  if (html.length > MAX_HTML_CHARS || text.trim().includes('\n')) return text;
  const lines = htmlLines(html);
  if (!lines.includes('\n') || inked(lines) !== inked(text)) return text;
  let out = '';
  let blanks = '';
  let h = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      blanks += ch;
      continue;
    }
    let breaks = 0;
    // Both hold the same characters in the same order: the HTML's next non-blank is this one.
    while (h < lines.length && /\s/.test(lines[h]!)) if (lines[h++] === '\n') breaks += 1;
    h += ch.length;
    out += (breaks > 0 && out.length > 0 ? '\n'.repeat(breaks) : blanks) + ch;
    blanks = '';
  }
  return out + blanks;
}
