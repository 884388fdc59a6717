// A checklist's box left empty is an item nobody checked yet ("☐ Plans: maybe MPSA next year", "[ ]
// 明年可能签 MPSA"): a value its line names only under a doubt ("maybe", «возможно», "可能",
// "talvez", "talán") or on a line that says it is undecided ("(TBD)", "（未定）", `structure.itemOpen`)
// is no answer, not even one to ask about, since the item itself is not settled. Two values of one question on the line are a choice still open: they stay, to be asked.
// A value the empty box's line states plainly ("☐ Goal: move the subscriptions to us") is read; an empty box whose
// item is a question ("[ ] EA / Open?") states nothing.
import { StructuredMention } from './structure';
import { PreparedText } from './text';

/** An empty box opening its line: "☐", "□", "[ ]". */
const UNTICKED = /^[ \t]*(?:[-*•][ \t]*)?(?:[☐□]|\[ \])/u;

/** Drops the values named under a doubt, or on a line said to be undecided, on the lines of an empty box, but for a choice between two values. */
export function untickedDoubts(text: string, prepared: PreparedText, mentions: StructuredMention[], undecided: (line: string) => boolean): void {
  if (!/[☐□]|\[ \]/u.test(text)) return;
  let from = 0;
  for (const line of text.split('\n')) {
    const to = from + line.length;
    if (UNTICKED.test(line)) {
      const named = mentions.filter((m) => {
        const at = prepared.origin[m.start];
        return m.question !== undefined && at !== undefined && at >= from && at < to;
      });
      const choice = (m: StructuredMention): boolean => named.some((n) => n.question === m.question && n.option !== m.option);
      const open = named.length > 0 && undecided(line);
      // An empty box whose item is a question ("[ ] EA / Open?") is still to be asked: it states nothing, not even a choice.
      const asks = /[?？]\s*$/.test(line);
      for (const m of named) if (asks || ((open || m.hedged === true) && !choice(m))) [m.question, m.implies, m.hedged] = [undefined, [], false];
    }
    from = to + 1;
  }
}
