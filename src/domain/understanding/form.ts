// A form or a template keeps its own hints beside the answers typed into it: "Current channel (e.g.
// EA / MCA / other CSP): Syndication", "Requested outcome: <example: support only>", «Канал: Open
// Value (пример) → фактически: Enterprise Agreement», "Cloud: [Global / US Gov / China] -> Global",
// "Csatorna: ~~EA~~ Open Value". The hints are nobody's answer: they are blanked (with spaces, so
// every other word keeps its place) before the message is read.
import { CompiledLexicon } from './compile';
import { blankUnchosenChoices } from './formChoices';
import { matches } from './structure';
import { prepare } from './text';

/** A bracketed stretch on one line: round, full-width, square or angle brackets. */
const BRACKET = /\(([^()\n]{1,80})\)|（([^（）\n]{1,80})）|\[([^[\]\n]{1,80})\]|<([^<>\n]{1,80})>/gu;
/** Options offered side by side: two or more, between slashes or bars, each with a letter ("12/03 09:14" is a time). */
const offers = (words: string): boolean => {
  const options = words.split(/[/|]/u);
  return options.length >= 2 && options.every((o) => /\p{L}/u.test(o));
};
/** Where a field's value begins on its line: after its label's colon or arrow, or after a box or a bullet. */
const VALUE_START = /(?:[:：=]|->|→|^[ \t]*(?:\[[ xX✓✔]?\]|[-*•·]|\d+[.)])?)[ \t]*(?=[^:：=→]*$)/u;
/** A field's label ends: its colon, after at most a few spaces. */
const LABEL_END = /^[ \t]*[:：]/u;
/** A box left empty, with its option up to the next box: "☐ Azure", "[ ] Azure". */
const UNTICKED = /(?:☐|\[ ?\])[^☐☑☒✅[\n]*/gu;
/** A ticked box: "☑", "[x]". */
const TICKED = /[☑☒✅]|\[[xX✓✔]\]/u;
/** Text struck through in Markdown: "~~EA~~". */
const STRUCK_THROUGH = /~~[^~\n]+~~/gu;

/** The words that make a bracket a hint: an example's or a default's ("e.g.", «например», "例如", "pl."). */
function hint(words: string, lexicons: readonly CompiledLexicon[]): 'opens' | 'whole' | undefined {
  const text = prepare(words).text.replace(/[ ,.]+$/u, '');
  for (const l of lexicons) {
    const found = matches(l.example, text).find((w) => w.start === 0);
    if (found !== undefined) return found.end === text.length ? 'whole' : 'opens';
  }
  return undefined;
}

/** Before a form's question on its line: a quotation mark ">", a number, or a field's label and its colon. */
const QUESTION_START = /^(?:[^\n]*[:：])?[ \t>]*(?:\d{1,2}[.)、．][ \t]*)?/u;
/** A sentence's end before a question on its line ("…through Open. Is it 21Vianet? No"). */
const SENTENCE_END = /[.!;](?=\s)|[。！；]/gu;
/** A form's answer stands apart from its question's mark: a dash, an arrow or a colon ("是否有 EA？—— 没有"); prose ("EA? No.") has none. */
const FORM_SEPARATOR = /^[?？]["”」』]?[ \t]*(?:[-–—]{1,2}|→|->|[:：])/u;
/** Between a question and its answer: its mark or the label's colon, a closing quote, a dash or an arrow. */
const ANSWER_START = /^[?？:：]?["”」』]?[ \t]*(?:[-–—]{1,2}|→|->|[:：])?[ \t]*/u;
/** Options with a letter or a number, on one line or one a line: "A. support only  B. move — A", "a) EA\nb) MPSA\n– b". */
const OPTION = /(?<=^|[\s:：>])([A-Za-z]|[1-9])[.)．、）][ \t]*(?=\S)/gmu;
/** The option chosen after the list: "— A", "– b", "→ 2", alone at its line's end. */
const CHOSEN = /(?:^|[ \t])(?:[-–—]{1,2}|→|->)[ \t]*([A-Za-z]|[1-9])[.)]?[ \t]*$/u;
/** The option chosen as a reply's whole words after its label, on the line under the list: "客户今天回复：“B。”", "They answered: b". */
const REPLIED = /[:：][ \t]*["“「]?([A-Za-z]|[1-9])[.)。]?["”」]?[ \t]*$/u;

/** Where a form's answer's plain "no" ends ("没有", "否", "no", "nincs, volt"), when it opens the answer: its question is then not so. */
function saidNo(answer: string, lexicons: readonly CompiledLexicon[]): number | undefined {
  const prepared = prepare(answer);
  const { text } = prepared;
  for (const l of lexicons)
    for (const w of matches(l.formNo, text)) if (w.start === 0 && /^ ?(?:[,.;!?]|$)/u.test(text.slice(w.end))) return prepared.origin[w.end - 1]! + 1;
  return undefined;
}

/**
 * A question a form answers with "no" says nothing of its own words: "是否有 EA？—— 没有" leaves no
 * EA, and its "no" is about nothing else. A label is a question by its mark, or by a yes-or-no word of its own ("是否EA客户：否").
 */
function blankSaidNo(text: string, lexicons: readonly CompiledLexicon[], blank: (from: number, to: number) => void): void {
  for (const line of text.matchAll(/[^\n]*[?？:：][^\n]*/gu)) {
    const asked = Math.max(line[0].lastIndexOf('?'), line[0].lastIndexOf('？'));
    const at = asked >= 0 ? asked : Math.max(line[0].lastIndexOf(':'), line[0].lastIndexOf('：'));
    const answer = line[0].slice(at).replace(ANSWER_START, '');
    const answerAt = line[0].length - answer.length;
    // The question is its own sentence: the words before its sentence's start are no part of it.
    const sentence = Math.max(...[...line[0].slice(0, at).matchAll(SENTENCE_END)].map((m) => m.index + m[0].length), 0);
    const start = Math.max(QUESTION_START.exec(line[0].slice(0, at))![0].length, sentence);
    const label = line[0].slice(start, at);
    const no = answer.length > 40 || label.trim() === '' ? undefined : saidNo(answer, lexicons);
    if (no === undefined) continue;
    if (asked >= 0 && !FORM_SEPARATOR.test(line[0].slice(at))) continue;
    if (asked < 0 && !lexicons.some((l) => matches(l.formAsks, prepare(label).text).length > 0)) continue;
    // The "no" goes with its question: left alone it would deny what stands before.
    blank(line.index + start, line.index + answerAt + no);
  }
}

/** A short quotation: a title in corner brackets, book-title marks or quotation marks. */
const TITLE = /「[^」\n]{1,30}」|《[^》\n]{1,30}》|“[^”\n]{1,30}”/gu;

/**
 * A title quoted after the writing it names ("营销邮件「一键迁移到 CSP」", "活动《…》") is that
 * writing's words, no one's answer: it is blanked.
 */
function blankTitles(text: string, lexicons: readonly CompiledLexicon[], blank: (from: number, to: number) => void): void {
  for (const m of text.matchAll(TITLE)) {
    const before = prepare(text.slice(Math.max(0, m.index - 8), m.index)).text.trimEnd();
    if (lexicons.some((l) => matches(l.titled, before).some((w) => w.end === before.length))) blank(m.index, m.index + m[0].length);
  }
}

/** The options of the chosen one's kind (letters or numbers), from the last that opens a list ("a", "A", "1"). */
function ofKind<T extends { mark: RegExpMatchArray }>(options: readonly T[], pick: string): T[] {
  const letter = /[a-z]/u.test(pick);
  const kind = options.filter((o) => /[A-Za-z]/u.test(o.mark[1]!) === letter);
  const from = kind.map((o) => /^[aA1]$/u.test(o.mark[1]!)).lastIndexOf(true);
  return from < 0 ? [] : kind.slice(from);
}

/** Whether options follow one another ("a", "b", "c" or 1, 2, 3), two at least. */
function inOrder(options: readonly { mark: RegExpMatchArray }[]): boolean {
  const first = options[0]?.mark[1]?.charCodeAt(0) ?? 0;
  return options.length >= 2 && options.every((o, k) => o.mark[1]!.charCodeAt(0) === first + k);
}

/**
 * A form's options chosen by a letter or a number after them ("A. 只做支持  B. 迁移 —— A", or one a
 * line then "– b"): the options not chosen are blanked, as the empty boxes of a ticked list are.
 */
function blankNotChosen(text: string, blank: (from: number, to: number) => void): void {
  const lines = [...text.matchAll(/[^\n]+/gu)];
  lines.forEach((line, n) => {
    const replied = REPLIED.exec(line[0]);
    const chosen = CHOSEN.exec(line[0]) ?? replied;
    if (chosen === null) return;
    const pick = chosen[1]!.toLowerCase();
    const end = line.index + chosen.index;
    // The options on the answer's own line, else one a line just above it.
    const own = ofKind(
      [...line[0].slice(0, chosen.index).matchAll(OPTION)].map((m) => ({ mark: m, at: line.index + m.index })),
      pick,
    );
    let options = own;
    if (!inOrder(own)) {
      if (chosen !== replied && line[0].slice(0, chosen.index).trim() !== '') return;
      options = [];
      for (let k = n - 1; k >= 0; k--) {
        const m = /^[ \t>]*([A-Za-z]|[1-9])[.)．、）][ \t]*(?=\S)/u.exec(lines[k]![0]);
        if (m === null) break;
        options.unshift({ mark: m, at: lines[k]!.index });
      }
      options = ofKind(options, pick);
    }
    if (!inOrder(options) || !options.some((o) => o.mark[1]!.toLowerCase() === pick)) return;
    options.forEach((o, k) => {
      if (o.mark[1]!.toLowerCase() === pick) return;
      // An option on a line of its own ends with its line.
      const to = options === own ? (options[k + 1]?.at ?? end) : text.indexOf('\n', o.at);
      blank(o.at, to);
    });
  });
}

/** The text with a form's examples, defaults, offered options, struck-through values and questions answered no blanked. */
export function withoutFormHints(text: string, lexicons: readonly CompiledLexicon[]): string {
  if (!/[(（[<~☐☑☒✅?？:：—–「《“○◯◉-]/u.test(text)) return text;
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out[i] = ' ';
  };
  for (const m of text.matchAll(STRUCK_THROUGH)) blank(m.index, m.index + m[0].length);
  blankSaidNo(text, lexicons, blank);
  if (/[「《“]/u.test(text)) blankTitles(text, lexicons, blank);
  if (/[-–—→:：]/u.test(text)) blankNotChosen(text, blank);
  // On a line of boxes where one is ticked ("Product: [x] Microsoft 365  [ ] Azure", "☑ M365 ☐ Azure"),
  // the boxes left empty are the options not chosen; a checklist's lone empty box is a task still to do, and stays.
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (!TICKED.test(line[0])) continue;
    for (const m of line[0].matchAll(UNTICKED)) blank(line.index + m.index, line.index + m.index + m[0].length);
  }
  blankUnchosenChoices(text, blank);
  for (const m of text.matchAll(BRACKET)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const kind = hint(inside, lexicons);
    const squareOrAngle = m[3] !== undefined || m[4] !== undefined;
    // Round brackets offer options too when they sit in a field's label, just before its colon
    // ("How do you buy today? (EA / CSP / Other): Other"); in prose they may hold the answer.
    const inLabel = LABEL_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (kind === undefined && !((squareOrAngle || inLabel) && offers(inside))) continue;
    blank(m.index, m.index + m[0].length);
    // A bracket that only says "example" or "default" is about the value before it, back to the
    // field's label ("Open Value (пример)", "Direct bill (alapértelmezett)").
    if (kind === 'whole') {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = text.slice(lineStart, m.index);
      const start = VALUE_START.exec(before);
      if (start !== null && before.length - start.index <= 60) blank(lineStart + start.index + start[0].length, m.index);
    }
  }
  return out.join('');
}
