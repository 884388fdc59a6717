// A web form pasted as text marks its options with round boxes too: "Serviço: (X) Azure  ( )
// Licenças", "Nuvem: ( ) Global ( ) Governo EUA". On a line where one box is ticked, the empty
// boxes are the options not chosen; on a field's line where every box is empty, the field was
// left unanswered and states nothing (a form's empty field says nothing). Square boxes and
// ballot marks are read in form.ts; only a field's line counts (a label and its colon before the
// boxes), so a checklist's tasks stay as written.

/** An empty box of either shape with its option up to the next box: "( ) Azure", "[ ] Azure", "☐ Azure". */
const EMPTY = /(?:☐|\[ ?\]|\( ?\))(?:(?![☐☑☒✅[]|\( ?\)|\([xX✓✔]\))[^\n])*/gu;
/** A round box ticked: "(X)", "(x)", "(✓)". */
const ROUND_TICKED = /\([xX✓✔]\)/u;
const ROUND_TICKS = new RegExp(ROUND_TICKED.source, 'gu');
/** Any ticked box. */
const TICKED = /[☑☒✅]|\[[xX✓✔]\]|\([xX✓✔]\)/u;
/** A field's label and its colon, then the first box. */
const FIELD_BOXES = /^[^\n:：(]{1,60}[:：][ \t]*(?:☐|\[ ?\]|\( ?\))/u;

/** Blanks, line by line, the options of round boxes not chosen and the options of a field whose boxes are all empty. */
export function blankBoxesNotChosen(text: string, blank: (from: number, to: number) => void): void {
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const ticked = TICKED.test(line[0]);
    const empties = [...line[0].matchAll(EMPTY)];
    const unanswered = !ticked && empties.length >= 2 && FIELD_BOXES.test(line[0]);
    if (!unanswered && !ROUND_TICKED.test(line[0])) continue;
    for (const m of empties) blank(line.index + m.index, line.index + m.index + m[0].length);
    // The tick itself is no word: "Nuvem: (X) Comercial" reads "Nuvem: Comercial".
    for (const m of line[0].matchAll(ROUND_TICKS)) blank(line.index + m.index, line.index + m.index + m[0].length);
  }
}
