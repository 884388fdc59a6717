// A meeting tool's recap with its readers' comments below it: "Meeting recap (Zoom AI Companion)"
// … "Comments" / «Комментарии» / "评论" / "Comentários" / "Hozzászólások", then "Carla (customer):
// Not quite! …", or the comments below a rule ("—"), or one comment labelled on its own line
// ("Comentário do cliente (Rogério): Não! …", or the agent's own line: "Agent: …", "坐席：…"). The recap is the tool's reading of the call; each
// comment is a participant's, written after it, and a later comment after an earlier one: the
// message is read as a thread, newest comment first and the recap last, so a comment's value wins
// for the question it restates and a comment saying it is undecided leaves that question asked.
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';
import { isRecap } from './recap';
import { prepare } from './text';

const WORDS = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.recapComments ?? []),
  'structure.recapComments',
  'u',
).source;
/** The comments' heading alone on its line, perhaps with marks around it ("**Comments**", "💬 评论：", "Comments (2)"). */
const HEADING = new RegExp(`^[\\s*#>\\p{So}]*(?:${WORDS})\\s*(?:\\(\\d+\\))?[\\s*:：]*$`, 'u');
/** One comment labelled at the start of its line, who wrote it before the colon ("Hozzászólás (ügyfél, Viktor): …"). */
const LABELLED = new RegExp(`^[\\s*#>\\p{So}]*(?:${WORDS})[^:：\\n]{0,40}[:：]\\s*\\S`, 'u');
/**
 * Only a name after the label's colon ("Agent: Dana Reyes", "坐席：王芳"): the recap's header, no
 * comment. A name that is an option's word ("Comment (Carla): Azure China", "评论：世纪互联") is
 * the comment's answer: any lexicon's product, program, channel or cloud word.
 */
const BARE_NAME = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|\p{Script=Han}{2,4})\s*$/u;
const OPTION = compilePatterns(
  LEXICONS.flatMap((l) => l.entries.flatMap((e) => e.patterns)),
  'entries',
  'u',
);
/** A rule of dashes alone on its line, between the recap and the comments. */
const RULE = /^\s*(?:[—–]|-{3,}|_{3,}|={3,})\s*$/u;

/** A comment labelled on its line, saying more than who is on the call. */
function isComment(line: string): boolean {
  const after = line.slice(line.search(/[:：]/u) + 1);
  return LABELLED.test(fold(line)) && (!BARE_NAME.test(after) || OPTION.test(prepare(after).text));
}

/** The parts of a recap with comments below it, newest first (the recap last); undefined for any other message. */
export function recapComments(text: string): string[] | undefined {
  if (!isRecap(text)) return undefined;
  const lines = text.split(/\r?\n/u);
  // The first line is the recap's title: the comments begin below it.
  const start = lines.findIndex((l, i) => i > 0 && (HEADING.test(fold(l)) || isComment(l) || RULE.test(l)));
  if (start < 0) return undefined;
  const labelled = isComment(lines[start]!) && !HEADING.test(fold(lines[start]!));
  const comments = lines.slice(labelled ? start : start + 1).filter((l) => l.trim().length > 0 && !RULE.test(l));
  const recap = lines.slice(0, start).join('\n').trim();
  if (comments.length === 0 || recap.length === 0) return undefined;
  return [...comments.reverse(), recap];
}
