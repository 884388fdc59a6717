// A history pasted with its parts labelled by when they were written, instead of mail headers
// or stamps: "最新回复：…" above "> 旧邮件（11/02）：…", "最上面（客户，11/28）：…" above
// "下面（客户，11/23）：…", "Latest: …" above "Yesterday: …". The label says which part is
// newest, whatever the order of the lines: the newest-labelled parts come first, then the
// unlabelled ones (the paster's notes) in their order, then the older-labelled ones.
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';

function label(key: 'newestPart' | 'olderPart'): RegExp {
  const words = compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
    'u',
  );
  // The label opens its line (after a few words naming who: "经销商最新回复："), perhaps with a note in brackets before the colon,
  // or stands in square brackets of its own with no colon ("[latest email] …", "[korábbi levél] …").
  return new RegExp(`^\\s*(?:>\\s*)*(?:[^:\\n]{0,8}?(?:${words.source})\\s*(?:\\([^)\\n]{0,24}\\))?\\s*:|[[【]\\s*(?:${words.source})\\s*[\\]】])`, 'u');
}
const NEWEST = label('newestPart');
const OLDER = label('olderPart');

/** The parts of a history whose lines say which is newest, newest first; undefined when no line says so. */
export function labelledParts(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const kinds = lines.map((l) => {
    const folded = fold(l);
    return NEWEST.test(folded) ? 0 : OLDER.test(folded) ? 2 : 1;
  });
  // Only a newest part beside an older one, or labelled so, orders anything.
  if (!kinds.includes(0) || kinds.filter((k) => k !== 1).length < 2) return undefined;
  const blocks: Array<{ kind: number; lines: string[] }> = [];
  let quoted: boolean | undefined;
  lines.forEach((raw, i) => {
    const isQuoted = /^\s*>/.test(raw);
    const line = raw.replace(/^\s*(?:>\s?)+/, '');
    // A labelled line opens a part, and so does a line quoted where the one before was not (or the reverse).
    if (kinds[i] !== 1 || blocks.length === 0 || (line.trim().length > 0 && isQuoted !== quoted)) blocks.push({ kind: kinds[i]!, lines: [] });
    if (line.trim().length > 0) quoted = isQuoted;
    blocks[blocks.length - 1]!.lines.push(line);
  });
  const texts = [0, 1, 2].flatMap((k) => blocks.filter((b) => b.kind === k).map((b) => b.lines.join('\n').trim()));
  return texts.filter((t) => t.length > 0);
}
