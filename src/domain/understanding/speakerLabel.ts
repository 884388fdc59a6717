// A speaker's label may be found anywhere in a turn's name ("Customer (Contoso)", "客服小王"), but a
// label of one or two letters ("a", "q", "me", "mi", "я") inside a longer name is a word of a
// sentence written before a colon, an article or a pronoun ("[Belső] A mező hibás: …"), not a label:
// it counts only as the whole name, perhaps with a bracket after it ("A:", "Me (Anna):").

/** Whether a turn's (folded) name holds a known speaker label, as `speaker` (the labels' pattern) finds them. */
export function knownSpeaker(name: string, speaker: RegExp): boolean {
  const whole = new RegExp(`^(?:${speaker.source})(?:\\s*[(（][^)）]*[)）])?$`, 'u');
  if (whole.test(name)) return true;
  const all = new RegExp(speaker.source, 'gu');
  for (let m = all.exec(name); m !== null; m = all.exec(name)) {
    if (m[0].length === 0) all.lastIndex += 1;
    else if (m[0].length > 2 || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(m[0])) return true;
  }
  return false;
}
