// A question that offers two options of one question ("commercial or US Gov?", «EA или Open?»,
// "EA ou Open?", "EA vagy Open?", "EA 还是 Open？") is not answered by a "no" after it: a "no"
// answers a yes-or-no question, so after a choice it takes back neither option.
import { CompiledLexicon } from './compile';
import { NegatableMention } from './negation';
import { matches } from './structure';

/**
 * Whether `m`, the last option before a question mark, is one of two options its clause joins by "or"
 * (an option added after a comma, "bought through EA, or through Open? No", is asked on its own).
 */
export function offeredChoice(text: string, m: NegatableMention, answers: readonly NegatableMention[], lexicons: readonly CompiledLexicon[]): boolean {
  const other = answers.filter((a) => a !== m && a.question === m.question && a.end <= m.start && !/[.?!;,。？！；，]/u.test(text.slice(a.end, m.start))).pop();
  if (other === undefined) return false;
  return lexicons.some((l) => matches(l.or, text, other.end, m.start).length > 0);
}
