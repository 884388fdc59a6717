// Teams sends a message typed on several lines with spaces where its lines ended; the lines are
// only in the message's text/html copy (an attachment: one <div> or <p> per line, <br> inside a
// paragraph). The reader reads pasted threads, quoted blocks, forms and logs by their lines, so
// they are put back. The words stay the text's own (the SDK has taken the bot's mention out of
// it): the HTML only says where a line ended, and only when it holds the very same characters.

/** The most HTML read for its lines: far above any message the reader reads (typedInput.ts). */
export const MAX_HTML_CHARS = 64 * 1024;

/** Elements that start or end a line of their own. */
const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'pre', 'codeblock', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

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

/** Elements that keep their own line breaks: <pre>, and Teams' code block (a <code> in a <codeblock>). */
const KEPT_BREAKS = new Set(['pre', 'codeblock']);

/** An image's (or Teams' <emoji>'s) alt attribute: an emoji's own character in Teams' markup. */
const ALT = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The characters an attribute's value stands for, its blanks as spaces, trimmed. */
function attributeText(value: string): string {
  let out = '';
  for (let at = 0; at < value.length;) {
    const entity = value[at] === '&' ? entityAt(value, at) : undefined;
    const char = entity ? entity.char : value[at]!;
    at = entity ? entity.end : at + 1;
    out += /\s/.test(char) ? ' ' : char;
  }
  return out.trim();
}

/** The HTML's text, and where each image's alt text lies in it (start to end): text the message may not hold. */
interface Copy {
  text: string;
  alts: Map<number, number>;
}

/**
 * The HTML's text with '\n' where a line ends: a blank in the markup is a space (a browser shows
 * no line there); a block's edges end a line once, a <br> always (an empty line is a <br> or a
 * blank paragraph); a line break inside <pre> or a code block is a line, a table's row is a line
 * and its cells are apart by a tab; an image is its alt text; mentions are left out. One pass, no
 * regular expression over the whole.
 */
function readCopy(html: string): Copy {
  let out = '';
  const alts = new Map<number, number>();
  const soft = (): void => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  let skipping: { name: string; depth: number } | undefined;
  let kept = 0; // inside how many <pre> or code blocks
  let fresh = false; // right after one opened: a browser shows no line for a line break there
  let cells = 0; // cells so far in the table's row
  let inCell = false; // a cell's blocks and <br>s are no lines of the table's
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
      fresh = !closing && (KEPT_BREAKS.has(name) || (name === 'code' && kept > 0));
      if (!closing && (name === 'at' || (name === 'span' && tag.includes(MENTION_TYPE)))) skipping = { name, depth: 1 };
      else if (!closing && (name === 'img' || name === 'emoji')) {
        const alt = ALT.exec(tag);
        const text = alt ? attributeText(alt[1] ?? alt[2] ?? alt[3] ?? '') : '';
        if (text !== '') alts.set(out.length, out.length + text.length);
        out += text;
      } else if (name === 'br') out += inCell ? ' ' : '\n';
      else if (name === 'td' || name === 'th') {
        if (!closing && cells++ > 0) out += '\t';
        inCell = !closing;
      } else if (name === 'tr' || name === 'table') {
        soft();
        cells = 0;
        inCell = false;
      } else {
        if (KEPT_BREAKS.has(name) && !tag.endsWith('/')) kept = Math.max(0, kept + (closing ? -1 : 1));
        if (BLOCKS.has(name) && inCell) out += ' ';
        else if (BLOCKS.has(name)) soft();
      }
      continue;
    }
    at += 1;
    if (skipping) continue;
    let char = ch;
    if (ch === '&') {
      const entity = entityAt(html, at - 1);
      if (entity) {
        char = entity.char;
        at = entity.end;
      }
    }
    if (kept > 0 && !inCell && (char === '\n' || char === '\r')) {
      if (char === '\r' && html[at] === '\n') continue; // CR LF is one line break
      if (!fresh) out += '\n';
      fresh = false;
      continue;
    }
    fresh = false;
    out += kept > 0 && !inCell && char === '\t' ? '\t' : /\s/.test(char) ? ' ' : char;
  }
  return { text: out, alts };
}

/** The HTML's text with '\n' where a line ends and a tab between a table's cells (readCopy). */
export function htmlLines(html: string): string {
  return readCopy(html).text;
}

/** The text's characters that are not blanks, in order. */
function inked(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The text with a line break wherever the HTML copy ended a line (and a tab between a table's
 * cells), or the text as it came when it has its lines already, when the copy has none, or when
 * the copy does not hold the same characters (then where its lines fall in the text is not
 * known). An image's alt text counts only where the text holds it there (Teams' emoji).
 */
export function withTeamsLines(text: string, html: string): string {
  if (html.length > MAX_HTML_CHARS || text.trim().includes('\n')) return text;
  const copy = readCopy(html);
  const lines = copy.text;
  if (!lines.includes('\n')) return text;
  const ink = inked(text);
  let k = 0; // the text's next non-blank in `ink`
  let h = 0; // the copy's next character
  /** The copy's blanks before its next non-blank, leaving out alt texts the text does not hold next. */
  const blanksOfCopy = (): string => {
    let run = '';
    for (;;) {
      while (h < lines.length && /\s/.test(lines[h]!)) run += lines[h++]!;
      const end = copy.alts.get(h);
      if (end === undefined || ink.startsWith(inked(lines.slice(h, end)), k)) return run;
      h = end;
    }
  };
  let out = '';
  let blanks = '';
  for (const ch of text) {
    if (/\s/.test(ch)) {
      blanks += ch;
      continue;
    }
    const shape = blanksOfCopy().replace(/ /g, ''); // its line breaks and tabs
    if (!lines.startsWith(ch, h)) return text;
    h += ch.length;
    k += ch.length;
    out += (shape !== '' && out.length > 0 ? shape : blanks) + ch;
    blanks = '';
  }
  blanksOfCopy();
  return h < lines.length ? text : out + blanks;
}
