// A speaker's label may be found anywhere in a turn's name ("Customer (Contoso)", "客服小王"), but a
// label of one or two letters ("a", "q", "me", "mi", "я") inside a longer name is a word of a
// sentence written before a colon, an article or a pronoun ("[Belső] A mező hibás: …"), not a label:
// it counts only as the whole name, perhaps with a bracket after it ("A:", "Me (Anna):"). And
// first names alone make a chat only when they take turns (split from transcript.ts, at its size limit).

import { namedQuestions } from './questionNames';
import { prepare } from './text';

// Built once per speaker pattern: knownSpeaker runs on every line of a possible transcript.
const forms = new WeakMap<RegExp, { whole: RegExp; all: RegExp }>();
function speakerForms(speaker: RegExp): { whole: RegExp; all: RegExp } {
  let found = forms.get(speaker);
  if (found === undefined) {
    found = { whole: new RegExp(`^(?:${speaker.source})(?:\\s*[(（][^)）]*[)）])?$`, 'u'), all: new RegExp(speaker.source, 'gu') };
    forms.set(speaker, found);
  }
  return found;
}

/** Whether a turn's (folded) name holds a known speaker label, as `speaker` (the labels' pattern) finds them. */
export function knownSpeaker(name: string, speaker: RegExp): boolean {
  const { whole, all } = speakerForms(speaker);
  if (whole.test(name)) return true;
  // A short label (three words at most) that also names a question ("Partner type:", "Partner role:", «Тип партнёра:») is a record's field, not a
  // speaker. ("Customer service:" names a speaker: the service's word is no field's here.)
  if (name.split(/\s+/u).length <= 3 && namedQuestions(prepare(name).text).some((q) => q !== 'service')) return false;
  all.lastIndex = 0;
  for (let m = all.exec(name); m !== null; m = all.exec(name)) {
    if (m[0].length === 0) all.lastIndex += 1;
    else if (m[0].length > 2 || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(m[0])) return true;
  }
  return false;
}

/**
 * A chat among people named by their first name alone ("Аня: там Azure?" / "Миша: не, …"): two
 * names or more, each opening two lines or more, taking turns. A form's fields ("Облако:", "Service:") seldom
 * come twice, and one exchange alone is read as written.
 */
export function chatted<L extends { turn?: { name: string; time?: string | undefined; first?: boolean | undefined } | undefined }>(lines: readonly L[]): L[] {
  const firsts = lines.filter((l) => l.turn?.first === true && l.turn.time === undefined);
  const count = new Map<string, number>();
  for (const l of firsts) count.set(l.turn!.name, (count.get(l.turn!.name) ?? 0) + 1);
  const repeated = firsts.filter((l) => count.get(l.turn!.name)! >= 2);
  // Taking turns: a name twice in a row may be one person's notes, lines of a list, or a form.
  const turns = repeated.every((l, k) => k === 0 || repeated[k - 1]!.turn!.name !== l.turn!.name);
  return turns && new Set(repeated.map((l) => l.turn!.name)).size >= 2 ? repeated : [];
}
