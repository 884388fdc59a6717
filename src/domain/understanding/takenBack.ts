// A correction takes back the answer said just before it even when what it puts instead is
// nothing the reader knows ("EA. No wait, it was the other programme"): the old value is not
// read, the question stays open (a wrong answer is worse than a question asked again).

import type { CompiledLexicon } from './compile';
import { Span, matches } from './structure';
import { doubtedDenials } from './doubtedDenial';
import { sentenceOf } from './text';

/** A mention as the correction rules see it. */
export interface Said extends Span {
  question: string | undefined;
  option: string;
  negated: boolean;
  hedged: boolean;
}

/** How many words may stand between the answer and the correction ("EA-n vették. Nem, várj"). */
const NEAR = 3;

// A Chinese character counts as a word of its own (no spaces to tell them apart).
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})\p{L})(?:(?!\p{Script=Han})[\p{L}\p{N}])*|\p{N}+/gu;

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Marks as taken back (negated) the answer right before a correction that opens a clause when
 * the rest of the correction's sentence says something but names no answer; a correction followed by one it
 * names is left to the usual rule (the last said wins).
 */
export function takeBackUnnamed(text: string, mentions: Said[], corrections: readonly Span[]): void {
  const named = mentions.filter((m) => m.question !== undefined);
  for (const c of corrections) {
    // "No, wait" opens its clause (one opening the message has no answer before it); a "no" at a clause's end ("no resellers, ...") denies its own words.
    if (!/[.,;:!?。，；：！？]\s*$/u.test(text.slice(0, c.start))) continue;
    const end = sentenceOf(text, c.end).end;
    // The rest of its sentence says nothing when its words are all more retractions ("No, no wait."), counted where they stand.
    const more = corrections.filter((o) => o.start >= c.end && o.end <= end).reduce((n, o) => n + words(text.slice(o.start, o.end)), 0);
    if (words(text.slice(c.end, end)) === more || named.some((m) => m.start >= c.end && m.start < end)) continue;
    const before = named.filter((m) => m.end <= c.start);
    const last = before[before.length - 1];
    // A "no" after an option asked ("Or through Open? No, can't recall") answers the question, it takes back nothing said.
    if (last === undefined || words(text.slice(last.end, c.start)) > NEAR || /[?？]/u.test(text.slice(last.end, c.start))) continue;
    last.negated = true;
  }
}

/**
 * A check said in a clause of its own right after a doubted answer ("我估计是国际版……对，确认了",
 * "应该是从世纪互联买的……刚跟客户确认了，") confirms it: the speaker goes on to treat it as fact.
 * What was said there before it is stated; two values left open ("EA or Open, confirmed") stay asked.
 */
export function confirmedAfter(
  text: string,
  mentions: Said[],
  lexicons: readonly CompiledLexicon[],
  dash: (from: number, to: number) => boolean = () => false,
): void {
  const verdicts = lexicons.flatMap((l) => matches(l.verdicts, text));
  for (const c of [...lexicons.flatMap((l) => matches(l.confirmed, text)), ...verdicts]) {
    // A dash opens the check's clause too ("probably the indirect provider — checked PC, yes").
    const opens = /(^|[.,;:!?]) ?$/u.test(text.slice(0, c.start)) || dash(Math.max(0, c.start - 2), c.start);
    if (!opens || !/^ ?([.,;:!]|$)/u.test(text.slice(c.end))) continue;
    const own = sentenceOf(text, c.start);
    // Its own sentence before it, and the sentence before when no answer stands before the check in its own ("对，确认了").
    const first = !mentions.some((m) => m.question !== undefined && m.start >= own.start && m.end <= c.start);
    const from = own.start > 0 && first ? sentenceOf(text, own.start - 1).start : own.start;
    // Everything said there is stated, its doubt lifted. Two values said there stay two answers, a
    // conflict asked about whatever their doubts ("EA or Open, confirmed").
    for (const m of mentions) if (m.start >= from && m.end <= c.start) m.hedged = false;
    // A verdict ("they said another CSP, but the portal shows Microsoft. The portal is right.") takes back what was said there before the "but" (one right before the verdict, "不过——以门户为准", is not that one).
    const but = lexicons
      .flatMap((l) => matches(l.doubtContrast, text))
      .filter((k) => words(text.slice(k.end, c.start)) > 0)
      .pop();
    if (!verdicts.includes(c) || but === undefined) continue;
    const found = mentions.filter((m) => m.question !== undefined && !m.negated && m.start >= but.end && m.end <= c.start);
    for (const m of mentions) if (m.start >= from && m.end <= but.start && found.some((f) => f.question === m.question)) m.negated = true;
  }
}

/** How many words may follow a doubt said alone ("Not sure." "Nem tudom pontosan, meg kell néznem."). */
const DOUBT_TAIL = 4;

/**
 * A doubt said in a sentence of its own right after an answer ("EA. Not sure." "EA-n vették.
 * Legalábbis úgy emlékszem, de lehet, hogy tévedek.") doubts that answer: it is asked back, not
 * read, with what the answer's clause said beside it. A doubt whose sentence names an answer,
 * or goes on to say what it doubts ("not sure when they start", the lexicons' doubtObjects), is
 * left to the usual rules.
 */
export function doubtAlone(text: string, mentions: Said[], lexicons: readonly CompiledLexicon[]): void {
  const found = (of: (l: CompiledLexicon) => RegExp | undefined): Span[] => lexicons.flatMap((l) => matches(of(l), text));
  const doubts = [...found((l) => l.hedges), ...found((l) => l.hedgesAfter)];
  const objects = found((l) => l.doubtObjects);
  const named = mentions.filter((m) => m.question !== undefined);
  for (const h of doubts) {
    const { start, end } = sentenceOf(text, h.start, h.end);
    // The doubt opens its sentence ("Not sure.", "Illetve nem tudom"); one about a thing it names first ("The start date is undecided") is not this answer's.
    if (words(text.slice(start, h.start)) > 1 || words(text.slice(h.end, end)) > DOUBT_TAIL) continue;
    if (named.some((m) => m.start >= start && m.start < end)) continue;
    // "Not sure when", "nem tudom, mikor": the doubt is about what it goes on to ask.
    if (objects.some((o) => o.start >= h.end && o.start < end && words(text.slice(h.end, o.start)) <= 1)) continue;
    const before = named.filter((m) => m.end <= start);
    const last = before[before.length - 1];
    if (last === undefined || last.negated || words(text.slice(last.end, start)) > NEAR || /[?？]/u.test(text.slice(last.end, start))) continue;
    // Everything the answer's own clause said is doubted with it ("bought Office 365 through EA. Not sure.").
    const clause = /[.,;:!?。，；：！？][^.,;:!?。，；：！？]*$/u.exec(text.slice(0, last.start));
    const from = clause === null ? 0 : clause.index + 1;
    for (const m of before) if (m.start >= from && !m.negated) m.hedged = true;
  }
}

/**
 * A yes that takes back the "not" said just before it ("Nem másik CSP partner… illetve de, az",
 * "Not another CSP… well, yes, it is"): the answer denied is stated after all. Only a yes that
 * opens its clause close after that answer and names none of its own, nor doubts.
 */
export function notTakenBack(text: string, mentions: Said[], lexicons: readonly CompiledLexicon[]): void {
  const named = mentions.filter((m) => m.question !== undefined);
  for (const y of lexicons.flatMap((l) => matches(l.notTakenBack, text))) {
    const end = sentenceOf(text, y.end).end;
    // A yes followed by a doubt ("illetve de, bár nem tudom biztosan") takes nothing back for sure.
    const doubted = lexicons.some((l) => matches(l.hedges, text, y.end, end).length + matches(l.hedgesAfter, text, y.end, end).length > 0);
    if (!/(^|[.,;:!?]) ?$/u.test(text.slice(0, y.start)) || doubted || named.some((m) => m.start >= y.end && m.start < end)) continue;
    // The last answer denied in its sentence or the one before, unless its question was answered since ("Nem EA, hanem Open", "不是企业协议开放许可" glued).
    const own = sentenceOf(text, y.start).start;
    const from = text.slice(own, y.start).trim() === '' && own > 0 ? sentenceOf(text, own - 1).start : own;
    const last = named.filter((m) => m.start >= from && m.end <= y.start && m.negated).pop();
    const since = (m: Said): boolean => named.some((o) => o.question === m.question && !o.negated && o.start >= m.end && o.end <= y.start);
    if (last !== undefined && !since(last) && !/[?？]/u.test(text.slice(last.end, y.start))) last.negated = false;
  }
}

/**
 * "Bought from Microsoft. Not from Microsoft but from a local shop.": a channel denied in a later
 * sentence takes back the same channel said before it, even when what replaces it is a seller the
 * reader cannot place: the channel is asked, never answered with the value just denied. A seller
 * said after the denial of another channel ("Bought from Microsoft. Not via EA but from a
 * reseller.") replaces the channel said before just as well. The channel only: "不是世纪互联"
 * denies the seller, not the cloud it runs, and a product set aside later ("Copilot培训，单独报价")
 * takes back no product said before (no option id of a channel is another question's), unless
 * another product replaces it in that sentence ("It's not Azure, it's Dynamics 365").
 */
export function deniedLater(text: string, mentions: Said[], lexicons: readonly CompiledLexicon[]): void {
  // A denial under a doubt after a plain statement of the value doubts it instead (doubtedDenial.ts).
  doubtedDenials(text, mentions, lexicons);
  const bought = lexicons.flatMap((l) => (l.purchase ? matches(l.purchase, text) : []));
  for (const n of mentions) {
    const { start, end } = sentenceOf(text, n.start);
    const replaced = mentions.some((m) => m.question === n.question && !m.negated && m.option !== n.option && m.start >= n.end && m.end <= end);
    if (!n.negated || (n.question !== 'channel' && !replaced)) continue;
    // A role or a cloud denied of another party ("their old partner was not direct but…", "their branch is not on…") takes back nothing of ours.
    if ((n.question === 'partnerType' || n.question === 'cloud') && lexicons.some((l) => matches(l.others, text, start, n.start).length > 0)) continue;
    // "They want the bills (or support) from us, not from Microsoft": the party they leave, set against the one
    // wished, is neither said nor taken back (nor, read alone in a thread's part, denied). A purchase told
    // after the wish ("…to us, bought not from Microsoft but…") is a denial of its own; one glued to it is what they wish ("搬过来买").
    const wish = mentions.find((m) => m.question === 'goal' && !m.negated && m.start >= start && m.end <= n.start);
    if (n.question === 'channel' && wish !== undefined && !bought.some((b) => b.start > wish.end && b.end <= n.start)) {
      n.question = undefined;
      continue;
    }
    const last = mentions.filter((m) => m.end <= start && m.question === n.question).pop();
    if (last === undefined || last.negated) continue;
    if (last.option !== n.option && (n.question !== 'channel' || !lexicons.some((l) => matches(l.seller, text, n.end, end).length > 0))) continue;
    // Said more than once before ("a Microsofttól vették közvetlenül", "From Microsoft. … Bought from Microsoft."), it is taken back whole.
    for (const m of mentions) if ((m.option === n.option || m.option === last.option) && m.end <= last.end) m.negated = true;
  }
}

// CSP as a word of its own, in any script the prepared text holds ("csp re" from "CSP-re").
const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/u;

/**
 * "They had EA, but now CSP", «раньше EA, а теперь CSP»: a correction whose sentence names CSP
 * instead of the channel said before it takes that channel back, though a bare CSP names no
 * channel itself (whose CSP is asked). Not a CSP that is part of another answer ("another CSP",
 * "CSP direct"), nor one that is wished for ("now they want to move to CSP"), nor one denied.
 */
export function takeBackForCsp(text: string, mentions: Said[], corrections: readonly Span[], lexicons: readonly CompiledLexicon[]): void {
  const named = mentions.filter((m) => m.question !== undefined);
  for (const c of corrections) {
    const end = sentenceOf(text, c.end).end;
    const found = CSP.exec(text.slice(c.end, end));
    if (found === null) continue;
    const at = c.end + found.index;
    const inAnswer = named.some((m) => m.start <= at && m.end >= at + 3);
    // "It's syndication, that is, not a CSP": a denied CSP names nothing instead, it says more of the same.
    const denied = lexicons.some((l) => matches(l.negateBefore, text, c.end, at).some((n) => /^ ?([^ ,.?]+ )?$/u.test(text.slice(n.end, at))));
    // A wish anywhere in its clause ("most CSP-re akarnak átállni": the verb comes last).
    const clause = at + text.slice(at, end).search(/[,;:]|$/u);
    const wished =
      named.some((m) => m.question === 'goal' && m.start >= c.end && m.start < clause) || lexicons.some((l) => matches(l.want, text, c.end, clause).length > 0);
    if (inAnswer || denied || wished || named.some((m) => m.question === 'channel' && m.start >= c.end && m.start < end)) continue;
    const last = named.filter((m) => m.question === 'channel' && m.end <= c.start && !m.negated).pop();
    // "We were an Advisor, now we're CSP": the Advisor program was this partner's, CSP is where it went.
    if (last === undefined || ['advisor', 'formerAdvisor'].includes(last.option)) continue;
    // Option ids are unique across questions: one equal to the channel's is a channel.
    for (const m of named) if (m.option === last.option && m.end <= c.start) m.negated = true;
  }
}

/** Marks each mention with the number of corrections before it. */
export function markCorrections(marks: readonly Span[], mentions: { start: number; epoch: number }[]): void {
  for (const m of mentions) m.epoch = marks.filter((c) => c.end <= m.start).length;
}
