// A form's field left blank ("Goal:", "Goal: ?", "☐ 目标：", "Objetivo: —", "Cél: TBD") says the
// form has no answer to that question yet. What the form's title names of the same question
// ("Migration checklist", "迁移检查表", "Checklist de migração") is the document's name, not the
// answer its field leaves open: it is dropped. Only the lines above the form's first field are its
// title; a line or a comment below the fields still answers.
import { QuestionId } from '../questions';
import { namedQuestions } from './questionNames';
import { StructuredMention } from './structure';
import { PreparedText, prepare } from './text';

/** A field's line: an optional bullet or box, a short label, a colon, then its value. */
const FIELD = /^[ \t]*(?:[-*•][ \t]*)?(?:[☐□☑☒✅✔✓]|\[[ xX✓]?\])?[ \t]*([^:：\n]{1,40}?)[ \t]*[:：](.*)$/u;
/** A value that says nothing: none at all, marks only, or "n/a". */
const NOTHING = /^[\s?？\-–—_.…/*]*$|^\s*n\s*\/\s*a\s*$/iu;

/** Drops the mentions on a form's title lines of a question whose field the form leaves blank (or undecided). */
export function blankFieldTitles(text: string, prepared: PreparedText, mentions: StructuredMention[], undecided: (value: string) => boolean): void {
  if (mentions.length === 0 || !/[:：]/u.test(text)) return;
  const lines = text.split('\n');
  const fields = lines.map((line) => FIELD.exec(line));
  const first = fields.findIndex((f) => f !== null);
  // A form has at least two fields, and a title above them.
  if (first < 1 || fields.filter((f) => f !== null).length < 2) return;
  const blank = new Set<QuestionId>();
  for (const f of fields) {
    if (f === null) continue;
    const value = f[2]!;
    if (NOTHING.test(value) || undecided(prepare(value).text.trim())) for (const q of namedQuestions(prepare(f[1]!).text)) blank.add(q);
  }
  if (blank.size === 0) return;
  const titleEnd = lines.slice(0, first).reduce((n, l) => n + l.length + 1, 0);
  for (const m of mentions) {
    const at = prepared.origin[m.start];
    if (m.question !== undefined && blank.has(m.question) && at !== undefined && at < titleEnd) [m.question, m.implies] = [undefined, []];
  }
}
