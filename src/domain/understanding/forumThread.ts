// A community or forum thread pasted by the partner about its case: the asker's post ("Posted by
// us", "OP (us, …)", «Автор (мы)», "楼主（我们）", "Post na comunidade (nosso)", "Kérdésünk"), other
// partners' replies ("Reply by DistiDave (…)", "Accepted answer", «Ответ 1», "回复1（已采纳）",
// "Resposta aceita", "Elfogadott válasz"), and the asker's later lines ("EDIT:", "UPDATE (OP):",
// «UPD от автора темы», "楼主 EDIT", "EDIT do autor", "FRISSÍTÉS (mi)"). A reply states rules for
// any customer, and its author's "we're an indirect provider" is the replier's role, not ours; a
// reply's own correction stays inside it. So the replies are set aside and the asker's lines are
// the message's parts, the newest (the last edit) first: it decides what it restates.
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';

function words(key: 'forumAsker' | 'forumReply' | 'others'): string {
  return compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
    'u',
  ).source;
}
const ASKER_WORDS = words('forumAsker');
/** A reply's label opens its line, after any marks ("Reply 1 (accepted):", "**Ответ от @olga**:"). */
const REPLY = new RegExp(`^[\\s*#>\\p{So}-]*(?:${words('forumReply')})`, 'u');
/**
 * The asker's label: its words open the line's head, or a bracket or a comma's clause in it ("Q (posted
 * by us, …)", «Пост на форуме (наш)», "Partnerfórum, a mi kérdésünk"); not just anywhere ("Уточнил у
 * нашего подрядчика:" is no label).
 */
const ASKER = new RegExp(`(?:^[\\s*#\\p{So}-]*|[(（]\\s*|, )(?:${ASKER_WORDS})`, 'u');
/** An asker's label opening its line without a colon, with a bracket after it ("Posted by j.alvarez (us - …)"). */
const ASKER_OPENS = new RegExp(`^[\\s*#\\p{So}-]*(?:${ASKER_WORDS})[^\\n]{0,40}[(（]`, 'u');
/** The writer's own post opens the words before an inline quotation ("Posted by us in r/msp: "…"", "Kérdésünk a csoportban: „…”"). */
const OWN_POST = new RegExp(`^[\\s*#\\p{So}-]*(?:${ASKER_WORDS})|[(（]\\s*(?:${ASKER_WORDS})\\s*[)）]\\s*$`, 'u');
/** Another party named in the head ("our customer writes: «…»"): its quotation is theirs. */
const OTHERS = new RegExp(words('others'), 'u');
/** The most characters of a line's head before its colon. */
const HEAD = 80;

type Kind = 'asker' | 'reply' | undefined;

/** A line's label, folded: its words before a colon near its start, or undefined. */
function head(line: string): string | undefined {
  const colon = line.search(/[:：]/u);
  return colon >= 0 && colon <= HEAD ? fold(line.slice(0, colon)) : undefined;
}

/** A line's kind by its label: a reply's needs its colon; a quoted line ("> …") is an older mail's, no label. */
function kindOf(line: string): Kind {
  if (/^\s*>/u.test(line)) return undefined;
  const h = head(line);
  if (h !== undefined && REPLY.test(h)) return 'reply';
  if (h !== undefined ? ASKER.test(h) : ASKER_OPENS.test(fold(line))) return 'asker';
  return undefined;
}

/** The asker's parts of a forum thread, newest first; undefined when the message has no asker's label beside a reply's. */
export function forumParts(text: string): string[] | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split(/\r?\n/u);
  const kinds = lines.map(kindOf);
  if (!kinds.includes('reply') || !kinds.includes('asker')) return undefined;
  // The lines before any label are the post's title and the asker's words; an unlabelled line goes with the label above it.
  const blocks: Array<{ kind: Kind; lines: string[] }> = [{ kind: 'asker', lines: [] }];
  lines.forEach((line, i) => {
    if (kinds[i] !== undefined) blocks.push({ kind: kinds[i], lines: [] });
    blocks[blocks.length - 1]!.lines.push(line);
  });
  const parts = blocks
    .filter((b) => b.kind === 'asker')
    .flatMap((b) => [...labelRole(b.lines[0] ?? ''), b.lines.join('\n').trim()])
    .filter((p) => p.length > 0);
  return parts.length > 0 ? parts.reverse() : undefined;
}

/** A bracket in the asker's label ("OP (us, T2 reseller)", «Автор (мы, прямой партнёр)»). */
const LABEL_BRACKET = /[(（]([^()（）\n]{1,60})[)）]/u;

/**
 * The asker's label names its role in brackets ("Q (posted by us, T1 direct bill CSP):", «Автор (мы,
 * прямой CSP-партнёр):», "Kérdés (mi, közvetlen partner):"): read as a statement of its own, older
 * than the post, with its first comma as a dash ("мы — прямой CSP-партнёр"), as the label says it of us.
 */
function labelRole(line: string): string[] {
  const colon = line.search(/[:：]/u);
  const label = colon >= 0 && colon <= HEAD ? line.slice(0, colon) : line.length <= HEAD ? line : '';
  const inside = LABEL_BRACKET.exec(label)?.[1];
  return inside === undefined || !/[,，]/u.test(inside) ? [] : [inside.replace(/\s*[,，]\s*/u, ' — ')];
}

/** Whether the words before an inline quotation label it the writer's own post ('Posted by us: "…"', "Kérdésünk a csoportban: „…”"). */
export function ownPost(before: string): boolean {
  const line = fold(before.slice(before.lastIndexOf('\n') + 1));
  return line.length <= HEAD && OWN_POST.test(line) && !OTHERS.test(line);
}
