// Options of one question listed one after another and a reference after them by place ("the
// first one", "the third", "后者"): the reference keeps the option it names (split from structure.ts).
import { CompiledLexicon } from './compile';
import { REFERENCE_REACH, StructuredMention, matches, questionsOf, referenceAfter, wordsIn } from './structure';
import { sentenceOf } from './text';

/** The most words between two neighbouring options of a list ("direct-bill, an indirect provider, or…"). */
const LIST_GAP = 8;

/**
 * Which of the options listed a reference after them names, and where it stands: "the first"
 * is the first, "the second one" («второй», "第二个", "o segundo", "a második") the second and
 * "the third" the third of three or more, "the latter" («последнее», "后者", "az utóbbi") the last.
 */
function ordinalAfter(text: string, from: number, count: number, lexicons: readonly CompiledLexicon[]): { at: number; index: number } | undefined {
  const third = lexicons.flatMap((l) => matches(l.thirdOfMany, text, from, Math.min(text.length, from + REFERENCE_REACH))).sort((a, b) => a.start - b.start)[0];
  const ref = referenceAfter(text, from, lexicons);
  if (third !== undefined && count > 2 && (ref === undefined || third.start < ref.at)) return { at: third.start, index: 2 };
  if (ref === undefined) return undefined;
  const said = (key: 'secondOfMany' | 'thirdOfMany'): boolean =>
    lexicons.some((l) => matches(l[key], text, ref.at, Math.min(text.length, ref.at + 40)).some((s) => s.start === ref.at));
  if (ref.kept === 'first') return { at: ref.at, index: 0 };
  if (count > 2 && said('secondOfMany')) return { at: ref.at, index: 1 };
  return { at: ref.at, index: count - 1 };
}

/**
 * "Are you direct bill, an indirect provider or an indirect reseller? – The first one.", "既以分销商
 * 身份…也以直接账单模式合作；本案中为前者": options of one question listed one after another (three
 * or more joined by "or"; or two, with the reference in their own sentence, however joined) and a
 * reference after them keep the one it names by its place; the others lose their question. A
 * question's options answered again after the reference are decided by those words. Nearer
 * options of the same question, or another "or" before the reference, own it.
 */
export function listedOptions(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const answers = mentions.filter((m) => m.question !== undefined && !m.negated);
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (let i = 0; i < answers.length; i++) {
    const question = answers[i]!.question;
    // The options in the order said: a word glossing the one before it ("分销商（间接提供商）") is the same option.
    const run: StructuredMention[][] = [[answers[i]!]];
    for (let k = i + 1; k < answers.length; k++) {
      const b = answers[k]!;
      const last = run[run.length - 1]!;
      const prev = last[last.length - 1]!;
      if (b.start < prev.end) continue;
      const gap = text.slice(prev.end, b.start);
      if (b.question !== question || /[.?;:!]/.test(gap) || wordsIn(gap) > LIST_GAP) break;
      if (b.option === prev.option) last.push(b);
      else if (run.some((o) => o[0]!.option === b.option)) break;
      else run.push([b]);
    }
    if (run.length < 2) continue;
    const first = run[0]![0]!;
    const lastOption = run[run.length - 1]!;
    const end = lastOption[lastOption.length - 1]!.end;
    const joined = ors.some((o) => o.start >= first.end && o.end <= end);
    const ref = ordinalAfter(text, end, run.length, lexicons);
    i += run.flat().length - 1;
    const sentence = sentenceOf(text, end);
    const asked = text[sentence.end] === '?';
    // "Global, US Gov or 21Vianet? – US Gov or global? The former.": three options asked, answered after their question by other words, are no answer.
    const answeredAfter = (from: number): boolean => answers.some((m) => m.start > from && questionsOf(m).has(question!));
    if (
      run.length > 2 &&
      joined &&
      asked &&
      answeredAfter(sentence.end) &&
      (ref === undefined || answers.some((m) => m.question === question && m.start > end && m.start < ref.at))
    ) {
      for (const m of run.flat()) [m.question, m.implies] = [undefined, []];
      continue;
    }
    if (ref === undefined) continue;
    // Two options joined by "or" are the pairs' (resolveAlternatives); a list not joined by "or" needs the reference in its sentence.
    // Unless the writer asked which of them is meant right after them ("…Dynamics 365 and an Azure subscription; I asked which one. Reply: the second one").
    // A reply said under a doubt ("I don't know, the first one maybe") picks nothing.
    const replied = sentenceOf(text, ref.at);
    const which =
      ref.at > sentence.end &&
      lexicons.some((l) => matches(l.whichOne, text, end, ref.at).length > 0) &&
      !lexicons.some((l) => [l.hedges, l.hedgesAfter].some((h) => matches(h, text, replied.start, replied.end).length > 0));
    if ((run.length === 2 && joined) || ((!joined || run.length === 2) && ref.at > sentence.end && !which)) continue;
    // Options not joined by "or" are taken as options only by a reference in a clause of its own right after them ("…; in this case the former").
    // A correction between them ("Open, no, EA") makes no options.
    if (!joined && lexicons.some((l) => matches(l.corrections, text, first.end, end).length > 0)) continue;
    // (The question asked may name what is wanted of the one picked: "which one we should look after".)
    const between = mentions.some((m) => m.question !== undefined && (!which || m.question === question) && m.start >= end && m.start < ref.at);
    if (!joined && ((!which && !/[,;]/.test(text.slice(end, ref.at))) || between)) continue;
    const index = ref.index;
    // Nearer options own the reference: another mention of the question, or another "or", between.
    if (answers.some((m) => m.question === question && m.start >= end && m.start < ref.at)) continue;
    if (ors.some((o) => o.start >= end && o.end <= ref.at)) continue;
    const later = asked && answeredAfter(ref.at);
    run.forEach((option, k) => {
      if (k !== index || later) for (const m of option) [m.question, m.implies] = [undefined, []];
      else for (const m of option) m.pickedFromList = true;
    });
  }
}
