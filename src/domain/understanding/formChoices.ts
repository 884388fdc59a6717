// Two more shapes of a form's row of options, beside the ticked box (form.ts):
// - radio buttons, "○ 微软官网 ○ 其他合作伙伴 ● 其他：…": the filled dot is the one chosen, the
//   empty ones are options not chosen (only when both kinds sit on the row, since "●" alone is a bullet);
// - a field's row where every box is empty, "版本：☐ 国际版 ☐ 世纪互联版", "Cloud: [ ] Global [ ] China":
//   the field was left unfilled and states nothing (a lone empty box stays: a checklist's task to do).

/** An empty radio button with its option, up to the next button. */
const EMPTY_DOT = /[○◯][^○◯●◉\n]*/gu;
/** A filled radio button. */
const FILLED_DOT = /[●◉]/u;
/** An empty box with its option, up to the next box. */
const EMPTY_BOX = /(?:☐|\[ ?\])[^☐☑☒✅[\n]*/gu;
/** A ticked box. */
const TICKED_BOX = /[☑☒✅]|\[[xX✓✔]\]/u;
/** A field's label before its first box: "版本：", "Cloud:". */
const FIELD_LABEL = /^[^\n☐[]{1,40}[:：][ \t]*(?:☐|\[ ?\])/u;

/** Blanks the radio buttons not chosen and the boxes of a field left unfilled, line by line. */
export function blankUnchosenChoices(text: string, blank: (from: number, to: number) => void): void {
  if (!/[○◯☐[]/u.test(text)) return;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const row = line[0];
    if (FILLED_DOT.test(row) && /[○◯]/u.test(row)) {
      for (const m of row.matchAll(EMPTY_DOT)) blank(line.index + m.index, line.index + m.index + m[0].length);
      continue;
    }
    if (TICKED_BOX.test(row) || !FIELD_LABEL.test(row)) continue;
    const boxes = [...row.matchAll(EMPTY_BOX)];
    if (boxes.length < 2) continue;
    for (const m of boxes) blank(line.index + m.index, line.index + m.index + m[0].length);
  }
}
