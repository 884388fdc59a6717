// A mail thread pasted without its headers, each message a line opened by its reply mark:
// "RE: 更正：…" above "RE: 客户是…", "RE: correction: …" above "RE: it's …". Mail clients write
// the newest reply on top, so each such line is a part of its own, in the order written: the
// newest first, and a newer correction is not undone by the older line below it. The lines
// before the first reply (the paster's note) stay one part, first; any after a reply join it.

import { REPLY_MARKS } from './mailHeaders';

/** A line opened by a reply mark: "RE:", "Re：", "AW:", "RES:", «Ответ:», "回复：", "答复：", "VÁ:". */
const REPLY = new RegExp(`^\\s*(?:${REPLY_MARKS})\\s*[:：]\\s*\\S`, 'iu');

/** The parts of a message made of reply lines, newest first; undefined unless two lines or more open with a reply mark. */
export function replyParts(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  if (lines.filter((l) => REPLY.test(l)).length < 2) return undefined;
  const parts: string[][] = [[]];
  for (const line of lines) {
    if (REPLY.test(line) && parts[parts.length - 1]!.length > 0) parts.push([]);
    parts[parts.length - 1]!.push(line);
  }
  return parts.map((p) => p.join('\n').trim()).filter((p) => p.length > 0);
}
