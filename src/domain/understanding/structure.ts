// The structure of a message that decides which mentions are statements, before their answers
// are combined: spoken forms read as written ones, options listed as alternatives ("either EA or
// Open – the second one"), asides set aside and "only X" (whose words a role is: parties.ts).
import { QuestionId } from '../questions';
import { CompiledLexicon } from './compile';
import { sentenceOf } from './text';

export interface StructuredMention {
  question: QuestionId | undefined;
  option: string;
  implies: ReadonlyArray<[QuestionId, string]>;
  start: number;
  end: number;
  negated: boolean;
  /** Said under a doubt: not an answer, a value to ask about by name. */
  hedged?: boolean;
  /** What another party once had: an answer only when nothing else answers (types.ts). */
  background?: boolean;
  /** Picked from a list by a reference ("the second one", listedOptions.ts): no "or" among the list leaves it open again. */
  pickedFromList?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** Every match of a regular expression between two points (nothing when there is no expression). */
export function matches(regex: RegExp | undefined, text: string, from = 0, to = text.length): Span[] {
  if (regex === undefined) return [];
  const found: Span[] = [];
  regex.lastIndex = from;
  for (let m = regex.exec(text); m !== null && m.index < to; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (m.index + m[0].length <= to) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function questionsOf(m: StructuredMention): Map<QuestionId, string> {
  const map = new Map<QuestionId, string>(m.implies);
  if (m.question !== undefined) map.set(m.question, m.option);
  return map;
}

/** A question two mentions answer differently, if any. */
function alternativeQuestion(a: StructuredMention, b: StructuredMention): QuestionId | undefined {
  const qa = questionsOf(a);
  for (const [q, v] of questionsOf(b)) if (qa.has(q) && qa.get(q) !== v) return q;
  return undefined;
}

type Dash = (from: number, to: number) => boolean; // whether the message writes a dash between two points of the text read

/** How far after two options a reference to one of them is looked for (characters). */
export const REFERENCE_REACH = 120;

/** A reference to one of two options said before it: which one it keeps, and where it stands. */
export interface Reference {
  at: number;
  kept: 'first' | 'second';
}

/**
 * The first reference ("the second one", «последнее», "后者", "az utóbbi") within reach after
 * `from`, the end of two options: every either/or, of channels, sellers or roles, is settled by it.
 */
export function referenceAfter(text: string, from: number, lexicons: readonly CompiledLexicon[]): Reference | undefined {
  const to = Math.min(text.length, from + REFERENCE_REACH);
  let found: Reference | undefined;
  for (const l of lexicons)
    for (const kept of ['first', 'second'] as const)
      for (const s of matches(l[kept], text, from, to)) if (found === undefined || s.start < found.at) found = { at: s.start, kept };
  return found;
}
/** The most words between two options joined by "or", twice as many after one that opens the first ("either we co-manage …, or …"). */
const ALTERNATIVE_GAP = 8;
/** The words between two points of the prepared text (its commas are no words). */
export const wordsIn = (s: string): number => s.split(/[ ,]+/).filter((w) => w.length > 0).length;

/**
 * "Either X or Y" / "X or Y?": two mentions answering one question differently, joined by "or".
 * A reference after them ("the second one", «последнее», "后者") keeps the one it names; a
 * question ("EA or Open?") answered by a later mention leaves the decision to that mention;
 * otherwise both stay, and the reader asks. A mention set aside loses its question.
 */
export function resolveAlternatives(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], dash: Dash = () => false): void {
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  if (ors.length === 0) return;
  const answers = mentions.filter((m) => m.question !== undefined && !m.negated);
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i]!;
    for (let j = i + 1; j < answers.length; j++) {
      const b = answers[j]!;
      const gap = text.slice(a.end, b.start);
      // A joining word before the first option, in its clause, opens it ("either we would just co-manage", «либо мы»).
      const opener = Math.max(-1, ...ors.filter((o) => o.end <= a.start).map((o) => o.end));
      const framed = opener >= 0 && !/[.?;:!,]/.test(text.slice(opener, a.start));
      // An aside set off by commas right after the first option ("an EA, which I doubt at that size, or…") is no distance.
      if (gap.includes('.') || wordsIn(gap.replace(/^ ?,[^,]*,/, '')) > ALTERNATIVE_GAP * (framed ? 2 : 1)) break;
      const question = alternativeQuestion(a, b);
      // The joining word lies between them, or opens the second mention ("EA ou Open").
      if (question === undefined || !ors.some((o) => o.start >= a.end && o.end <= b.end)) continue;
      // Offered as one of two ("their old reseller or an EA"), neither is background: both are asked.
      a.background = b.background = false;
      settlePair(text, a, b, question, answers, lexicons);
      break;
    }
  }
  oneSided(text, answers, ors, lexicons, dash);
  // The options read before a pair settled above lost one: `answers` keeps both.
  askedOr(text, answers, ors, lexicons);
}

/**
 * "Syndication or third party?", "globális vagy US Gov PC?": a question offering two options, of
 * which only one is read, offers that one as a possibility, not as the answer: it is asked about
 * by name (hedged), unless a later mention answers its question or a reference names a side.
 */
function askedOr(text: string, answers: readonly StructuredMention[], ors: readonly Span[], lexicons: readonly CompiledLexicon[]): void {
  for (const o of ors) {
    const end = sentenceOf(text, o.end).end;
    if (text[end] !== '?') continue;
    const start = Math.max(...[',', '.', '?', ';', ':', '!'].map((c) => text.lastIndexOf(c, o.start - 1))) + 1;
    // The first option is what is read last before the "or", with its kind ("Did they buy Office 365 through the Advisor program or…": the Advisor).
    const offered = answers.filter((m) => m.start >= start && m.start < o.start);
    const left = offered.filter((m) => m.question === offered[offered.length - 1]!.question);
    const [before, after] = [text.slice(left[0]?.start ?? start, o.start), text.slice(o.end, end)];
    if (wordsIn(before) === 0 || wordsIn(after) === 0 || wordsIn(before) > ALTERNATIVE_GAP || wordsIn(after) > ALTERNATIVE_GAP) continue;
    // An option set aside already: a pair joined by this "or" was settled above.
    if (answers.some((m) => m.question === undefined && m.start >= start && m.end <= end)) continue;
    // As in oneSided: a product after the second option ("…vagy egy webshopból vették az Office 365-öt?") is both options'.
    const right = answers.filter((m) => m.start >= o.end && m.end <= end && (left.length === 0 || left.some((l) => l.question === m.question)));
    if (left.length > 0 === right.length > 0) continue;
    const read = [...left, ...right];
    if (read.some((m) => m.pickedFromList === true)) continue;
    const unread = left.length > 0 ? { from: o.end, to: end } : { from: start, to: o.start };
    if (read.every((m) => m.question === 'partnerType') && lexicons.some((l) => matches(l.seller, text, unread.from, unread.to).length > 0)) continue;
    // "EA or something else? It's EA.": a later answer to the same question decides.
    if (read.some((m) => answers.some((a) => a.start > end && a.question === m.question))) continue;
    // A reference after the question ("Az utóbbi.") keeps the side it names: the read one is taken or set aside.
    const ref = referenceAfter(text, end, lexicons);
    for (const m of read.filter((x) => x.question !== undefined))
      if (ref === undefined) m.hedged = true;
      else if (ref.kept !== (left.length > 0 ? 'first' : 'second')) [m.question, m.implies] = [undefined, []];
  }
}

/**
 * "Either <words the reader cannot read> or EA", «либо …, либо EA», "要么…要么EA": two joining
 * words frame two options and only one of them is read. What was read is one of two options the
 * speaker left open, so it is asked about by name (hedged), never taken as the answer.
 */
function oneSided(text: string, answers: readonly StructuredMention[], found: readonly Span[], lexicons: readonly CompiledLexicon[], dash: Dash): void {
  const ors: Span[] = [];
  for (const o of [...found].sort((x, y) => x.start - y.start)) if (ors.length === 0 || o.start >= ors[ors.length - 1]!.end) ors.push(o);
  for (let i = 0; i + 1 < ors.length; i++) {
    const [first, second] = [ors[i]!, ors[i + 1]!];
    const inner = text.slice(first.end, second.start);
    if (/[.?;:!]/.test(inner) || wordsIn(inner) === 0 || wordsIn(inner) > ALTERNATIVE_GAP) continue;
    // The second option runs to the end of its clause, at most as many words as the first may hold.
    const clause = text.slice(second.end).search(/[,.?;:!]|[—–] /);
    const whole = second.end + (clause < 0 ? text.length - second.end : clause);
    let cut = second.end; // a seller's option ends at a dash of the message too, read as a space here («то ли у дилера — по счету не понять»)
    while (cut < whole && !dash(second.end, cut)) cut++;
    const end = lexicons.some((l) => matches(l.seller, text, second.end, cut).length > 0) ? cut : whole;
    const after = text.slice(second.end, end);
    // A reference after them ("…, it's the latter", looked for from the second option's end too) shows two options, the second however long.
    const ref = referenceAfter(text, second.end, lexicons) ?? referenceAfter(text, end, lexicons);
    if (wordsIn(after) === 0 || wordsIn(after) > ALTERNATIVE_GAP * (ref === undefined ? 1 : 2)) continue;
    // An option set aside already: a pair joined by these words was settled above ("vagy üzemeltetjük X-et, vagy átvesszük").
    if (answers.some((m) => m.question === undefined && m.start >= first.start && m.end <= end)) continue;
    // A word both options share is no option: a product after the second ("vagy X-től, vagy Y-tól vette a Microsoft 365-öt": only the first option's
    // questions count), or in the first while the second reads another question ("either babysit their Office 365 or take over the billing").
    let left = answers.filter((m) => m.start >= first.start && m.end <= second.start);
    if (left.every((m) => m.question === 'service') && answers.some((m) => m.start >= second.start && m.start < end && m.question !== 'service')) left = [];
    const right = answers.filter((m) => m.start >= second.start && m.start < end && (left.length === 0 || left.some((l) => l.question === m.question)));
    if (left.length > 0 === right.length > 0) continue;
    // A bare role word ("a disti or a reseller") is an option too: the partner's roles (parties.ts).
    const unread = left.length > 0 ? { from: second.start, to: end } : { from: first.end, to: second.start };
    const seller = lexicons.some((l) => matches(l.seller, text, unread.from, unread.to).length > 0);
    if (seller && [...left, ...right].every((m) => m.question === 'partnerType')) continue;
    // A seller option is one to buy from: a product in the other is both options'; a reference after them ("the second one") settles it.
    for (const m of [...left, ...right].filter((x) => !seller || x.question !== 'service')) {
      if (ref === undefined) m.hedged = true;
      else if (!(ref.kept === 'first' ? left : right).includes(m)) {
        m.question = undefined;
        m.implies = [];
      }
    }
  }
}

function settlePair(
  text: string,
  a: StructuredMention,
  b: StructuredMention,
  question: QuestionId,
  answers: readonly StructuredMention[],
  lexicons: readonly CompiledLexicon[],
): void {
  const reference = referenceAfter(text, b.end, lexicons);
  const after = sentenceOf(text, b.end).end;
  const asked = text[after] === '?';
  // Options asked as a question ("support or move them?") and answered by a reference opening
  // the next sentence, at most a "yes" before it, then again in words ("Yes - the latter. … it's
  // admin/support only") are decided by the words: the reply may mean another question by its
  // reference. A reference said of someone ("销售说是前者，系统里却挂在分销商下面") stays, and the reader asks.
  const lead = reference === undefined ? '' : text.slice(after + 1, reference.at);
  const reply = reference !== undefined && asked && wordsIn(lead) <= 1 && !/\p{Script=Han}{2}/u.test(lead);
  if (reply && answers.some((m) => m.start > reference.at && questionsOf(m).has(question))) {
    for (const m of [a, b]) [m.question, m.implies] = [undefined, []];
    return;
  }
  if (reference !== undefined) {
    const [keep, drop] = reference.kept === 'first' ? [a, b] : [b, a];
    // A reference that settles the choice ("checked: the former") confirms the option it keeps,
    // though both were said under a doubt ("maybe EA, maybe Open"), unless it is doubted itself.
    if (!lexicons.some((l) => matches(l.hedges, text, b.end, reference.at + 1).length > 0)) keep.hedged = false;
    // A reference doubted in its own clause ("可能是后者吧", "probably the latter") keeps its option, and the words glossing it, only under that doubt.
    const from = Math.max(b.end, ...[...',.?;:!'].map((c) => text.lastIndexOf(c, reference.at - 1) + 1));
    const to = reference.at + text.slice(reference.at).search(/[,.?;:!]|$/);
    if (lexicons.some((l) => matches(l.hedges, text, from, reference.at + 1).length + matches(l.hedgesAfter, text, reference.at, to).length > 0))
      for (const m of answers) if (m !== drop && m.start >= keep.start && m.start < reference.at && questionsOf(m).has(question)) m.hedged = true;
    // The second option dropped takes its own words with it ("Chinese, from 21Vianet").
    const sentenceEnd = drop === b ? sentenceOf(text, b.end).end : drop.end;
    for (const m of answers)
      if (m === drop || (m.start >= drop.start && m.end <= sentenceEnd && m.start < reference.at && questionsOf(m).has(question))) {
        m.question = undefined;
        m.implies = [];
      }
    return;
  }
  // "EA or Open? Open." – the options were a question, and a later statement answers it.
  if (!asked) return;
  if (answers.some((m) => m.start > after && questionsOf(m).has(question))) for (const m of [a, b]) [m.question, m.implies] = [undefined, []];
}

/**
 * "Not X but Y" reaches the question that is contrasted: in «не купил Microsoft 365 у другого
 * CSP, а напрямую у Microsoft» the negation that fell on the product (the first mention after
 * it) belongs to the channel, the question the next clause answers again with another value.
 */
export function scopeContrast(text: string, mentions: StructuredMention[]): void {
  const answers = mentions.filter((m) => m.question !== undefined);
  for (let i = 0; i < answers.length; i++) {
    const n = answers[i]!;
    if (!n.negated) continue;
    const sentenceEnd = sentenceOf(text, n.end).end;
    const clauseEnd = n.end + Math.max(0, text.slice(n.end).search(/[,.?]|$/));
    // The mention the negation should have reached (the same "不是" may have reached both).
    const x = answers.find((m, k) => k > i && m.start < clauseEnd && m.question !== n.question);
    if (x === undefined) continue;
    const y = answers.find((m) => m.start > clauseEnd && m.end <= sentenceEnd && !m.negated && m.question === x.question && m.option !== x.option);
    if (y === undefined || answers.some((m) => m !== n && m.question === n.question && m.start >= n.end && m.end <= sentenceEnd)) continue;
    n.negated = false;
    x.negated = true;
  }
}

/**
 * "Their previous partner was a distributor, but that doesn't matter": what the clause before a
 * dismissal said answers nothing (the mentions set aside lose their question); a clause that
 * names nothing ("…, but it expired, so ignore that") reaches back to the one before it, never
 * past the sentence nor out of its brackets. Only that clause: a message typed without full stops ("commercial, Azure
 * via EA, they asked about reserved instances too but that's another topic") keeps the rest.
 */
export function dismissAsides(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], brackets: readonly Span[] = []): void {
  // A clause opened by a relative word ("Office, que eles têm…") goes on with the clause before.
  const relatives = lexicons.flatMap((l) => matches(l.relative, text));
  const relative = (at: number): boolean => relatives.some((r) => r.start >= at && text.slice(at, r.start).trim() === '');
  for (const d of lexicons.flatMap((l) => matches(l.dismiss, text))) {
    const sentenceStart = Math.max(sentenceOf(text, d.start).start, ...brackets.filter((b) => b.start < d.start && d.end <= b.end).map((b) => b.start));
    let start = d.start;
    // Run on into its clause without a comma, a dismissal is about that clause's own words.
    const runOn = !/[,;] *$/.test(text.slice(0, d.start));
    const names = (from: number): boolean => mentions.some((m) => m.question !== undefined && m.start >= from && m.end <= d.start);
    do {
      const before = text.slice(0, start).replace(/[ ,;]+$/, '');
      start = Math.max(sentenceStart, before.lastIndexOf(',') + 1, before.lastIndexOf(';') + 1);
    } while (start > sentenceStart && (!names(start) || relative(start)) && !runOn);
    for (const m of mentions) {
      if (m.start >= start && m.end <= d.start) {
        m.question = undefined;
        m.implies = [];
      }
    }
  }
}

/** At most one word between a restricting word and its product, or right after it ("Azure only"). */
const ONLY_BEFORE = /^ ?(?:[^ ,.?;:!]{1,12} ?)?$/u;
/** Two words when the restricting word opens a labelled line ("Escopo: só a assinatura AZ PAYG", "Tárgy: csak az AZ PAYG"). */
const ONLY_BEFORE_LABELLED = /^ ?(?:[^ ,.?;:!]{1,12} ?){0,2}$/u;
const ONLY_AFTER = /^ ?$/u;

/**
 * "Only X" restricts the kind of service to X's: when a message names two kinds of service and
 * one of them is said to be the only one in scope ("it's Azure only", «речь только про
 * Microsoft 365», "只谈 Microsoft 365", "só o Microsoft 365", "csak a Microsoft 365"), the
 * other is background. Only when every restricted mention states the same kind.
 */
export function onlyService(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  // "The EA is only for Office": "only" right after a contract said as the subject limits what that covers (types.ts `coverWords`).
  const [starts, covers] = [lexicons.flatMap((l) => matches(l.subjectStart, text)), lexicons.flatMap((l) => matches(l.coverWords, text))];
  const subject = (m: Span): boolean => /(^|[,.?])$/u.test(text.slice(0, m.start).trimEnd()) || starts.some((s) => s.end + 1 === m.start);
  const covering = (m: Span, o: Span): boolean => m.end + 1 === o.start || covers.some((c) => c.start === m.end + 1 && c.end + 1 === o.start);
  const ofChannel = (o: Span): boolean => mentions.some((m) => m.question === 'channel' && covering(m, o) && subject(m));
  const all = lexicons.flatMap((l) => matches(l.only, text));
  const onlys = all.filter((o) => !ofChannel(o));
  if (onlys.length === 0) return;
  const services = mentions.filter((m) => m.question === 'service' && !m.negated);
  // The word restricts the product next to it: in «а про Azure лицензии» (a dash dropped between) only Azure.
  const next = (o: Span, m: StructuredMention): boolean => !services.some((x) => x.start >= o.end && x.end <= m.start);
  const restricted = services.filter((m) =>
    onlys.some(
      (o) =>
        (o.end <= m.start &&
          (/[:：]$/u.test(text.slice(0, o.start).trimEnd()) ? ONLY_BEFORE_LABELLED : ONLY_BEFORE).test(text.slice(o.end, m.start)) &&
          next(o, m)) ||
        (o.start >= m.end && ONLY_AFTER.test(text.slice(m.end, o.start))),
    ),
  );
  const kinds = new Set(restricted.map((m) => m.option));
  if (kinds.size !== 1) return;
  const [kind] = kinds;
  // "Scope = Azure only. The EA only covers their M365": a contract that covers only another kind's product is not this one's.
  const covered = (o: Span): StructuredMention | undefined => services.find((x) => x.start >= o.end && !/[.;?!]/u.test(text.slice(o.end, x.start)));
  const other = (o: Span): boolean => (covered(o)?.option ?? kind) !== kind;
  const aside = mentions.filter((m) => m.question === 'channel' && subject(m) && all.some((o) => covering(m, o) && other(o)));
  // A channel said in the clause of a product set aside ("dobozos Office 2016, …; kizárólag az Azure") is that product's.
  const clause = (m: Span): Span => {
    const end = text.slice(m.end).search(/[,.?]/);
    return { start: Math.max(...[...',.?'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1, end: end < 0 ? text.length : m.end + end };
  };
  const dropped = [...aside];
  for (const m of services) {
    if (m.option === kind) continue;
    const c = clause(m);
    const own = !services.some((r) => r.option === kind && r.start >= c.start && r.end <= c.end);
    dropped.push(m, ...mentions.filter((y) => own && y.question === 'channel' && y.start >= c.start && y.end <= c.end));
  }
  for (const m of dropped) {
    m.question = undefined;
    m.implies = [];
  }
}
