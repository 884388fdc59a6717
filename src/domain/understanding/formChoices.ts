// A form's rows of options, beside the ticked boxes form.ts reads first ("[x] EA  [ ] Open"):
// - radio buttons, "(o) Support  ( ) Take over billing", "(X) Azure  ( ) Licenças", "○ 微软官网 ● 其他：…":
//   the chosen one holds and its round mark goes (its "o" or "X" would read as a word); the empty
//   ones are options not chosen. A filled dot alone is a bullet: it chooses only beside an empty one.
// - a row of two or more empty boxes or buttons and none chosen, "Cloud: [ ] Global [ ] China",
//   "Передача биллинга: [ ] да [ ] нет": a question left unanswered, which states nothing, its label
//   too when it ends in a colon or a question mark ("billing" there is no wish to move it).
// A lone empty box stays: in a checklist it is a task still to do.

/** An empty box or button: "☐", "[ ]", "( )", "○". */
const EMPTY_MARK = String.raw`(?:☐|\[ ?\]|\( ?\)|[○◯])`;
/** A chosen box or button: "☑", "[x]", "(o)", "(X)", "◉" (a filled dot "●" only beside an empty one). */
const CHOSEN_MARK = String.raw`(?:[☑☒✅◉]|\[[xX✓✔]\]|\([oO•●*xX✓✔]\))`;
/** An empty mark with its option, up to the next mark of either kind. */
const EMPTY = new RegExp(`${EMPTY_MARK}(?:(?!${EMPTY_MARK}|${CHOSEN_MARK}|●)[^\\n])*`, 'gu');
const CHOSEN = new RegExp(CHOSEN_MARK, 'u');
/** A round mark chosen, which goes from the text. */
const ROUND_CHOSEN = /\([oO•●*xX✓✔]\)/gu;

/** Blanks, line by line, the options not chosen on a row of choices and a question whose choices are all left empty. */
export function blankUnchosenChoices(text: string, blank: (from: number, to: number) => void): void {
  if (!/[☐○◯[(]/u.test(text)) return;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const row = line[0];
    const at = (m: RegExpExecArray): void => blank(line.index + m.index, line.index + m.index + m[0].length);
    for (const m of row.matchAll(ROUND_CHOSEN)) at(m);
    const empties = [...row.matchAll(EMPTY)];
    if (empties.length === 0) continue;
    if (CHOSEN.test(row) || (row.includes('●') && /[○◯]/u.test(row))) {
      empties.forEach(at);
      continue;
    }
    if (empties.length < 2) continue;
    if (/[:：?？]\s*$/u.test(row.slice(0, empties[0]!.index))) blank(line.index, line.index + row.length);
    else empties.forEach(at);
  }
}
