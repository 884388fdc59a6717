// Negation and uncertainty, each scoped to its clause: a negation before a mention takes the
// first one that follows closely (further when it negates a verb), one after a mention may stand
// after the verb's object, and an uncertainty makes the next question's mentions candidates only.
import { QuestionId } from '../questions';
import { CompiledLexicon } from './compile';
import { matches } from './structure';
import { distance, isCjk, overlaps, sentenceOf } from './text';
import { negateContrastedClause } from './contrast';
import { offeredChoice } from './eitherQuestion';
import { notDirectlyFrom } from './directlyFrom';

export interface NegatableMention {
  question: QuestionId | undefined;
  start: number;
  end: number;
  negated: boolean;
  hedged: boolean;
  option?: string;
}

interface Span {
  start: number;
  end: number;
}

/** How far (in words; two Chinese characters count as one) a negation reaches. */
const NEGATION_REACH = 3;
/** A negation reaches further to the verb of its clause ("don't really want to move anything"). */
const VERB_NEGATION_REACH = 6;
/** How many words (fillers or the verb's object) may stand between a mention and a negation after it. */
const AFTER_REACH = 4;

/**
 * Whether words already read stand on a seller: an answer ("a local reseller", also said no to) or
 * a phrase that blocks one ("trabalhava para outra empresa", an employer). It is then no seller of unknown kind.
 */
export function readOver(seller: Span, mentions: readonly Span[]): boolean {
  return mentions.some((m) => overlaps(m, seller));
}

/**
 * The words that join two clauses ("and", "but", «а», "而是", "hanem"). They are ordinary words in
 * other languages ("de" is "but" in Hungarian, "of" in Portuguese): only those of the message's
 * language count, but Chinese ones, no words of another language, always do.
 */
export function joiningWords(text: string, lexicons: readonly CompiledLexicon[], dominant: () => ReadonlySet<string>): Span[] {
  const joiners = lexicons.filter((l) => l.and !== undefined && matches(l.and, text).length > 0);
  const own = joiners.length > 0 ? dominant() : undefined;
  return joiners.flatMap((l) => matches(l.and, text).filter((j) => own?.has(l.language) === true || isCjk(text[j.start] ?? '')));
}

/**
 * Negations, each scoped to its clause: before a mention, after it, and uncertainty. `pause`
 * says whether a dash stands between two points (a negation does not reach across it). Returns
 * the sellers no answer places that a doubt is about ("maybe from a hosting provider").
 */
export function markNegations(
  text: string,
  mentions: NegatableMention[],
  corrections: Span[],
  lexicons: readonly CompiledLexicon[],
  dominantLanguages: (text: string) => ReadonlySet<string>,
  pause: (from: number, to: number) => boolean,
): Span[] {
  const doubtedSellers: Span[] = [];
  const hedges = lexicons.flatMap((l) => (l.hedges ? matches(l.hedges, text) : []));
  const objects = lexicons.flatMap((l) => matches(l.doubtObjects, text));
  const sellers = lexicons.flatMap((l) => matches(l.seller, text));
  // A "no" inside a doubt said after what it doubts ("ezt nem tudom": this I don't know) negates
  // nothing; one closing it ("EA or not EA") still does.
  const doubtsAfter = lexicons.flatMap((l) => matches(l.hedgesAfter, text));
  const doubtOwns = (n: Span): boolean => hedges.some((h) => overlaps(h, n)) || doubtsAfter.some((h) => h.start <= n.start && n.end < h.end);
  const negators: Span[] = [];
  let dominant: ReadonlySet<string> | undefined;
  for (const l of lexicons) {
    if (l.negateBefore) negators.push(...matches(l.negateBefore, text));
    if (l.negateBeforeWeak) {
      const weak = matches(l.negateBeforeWeak, text);
      if (weak.length > 0) {
        dominant ??= dominantLanguages(text);
        if (dominant.has(l.language)) negators.push(...weak);
      }
    }
  }
  const answers = mentions.filter((m) => m.question !== undefined);
  const purchases = lexicons.flatMap((l) => (l.purchase ? matches(l.purchase, text) : []));
  const wants = lexicons.flatMap((l) => matches(l.want, text));
  const joins = joiningWords(text, lexicons, () => (dominant ??= dominantLanguages(text)));
  const subjects = lexicons.flatMap((l) => [...matches(l.self, text), ...matches(l.others, text)]);

  // Negation before a mention: it takes the first mention that follows in the same clause.
  for (const n of negators) {
    if (doubtOwns(n) || mentions.some((m) => overlaps(m, n)) || corrections.some((c) => overlaps(c, n))) continue;
    let next = mentions.find((m) => m.start >= n.end);
    if (next === undefined) continue;
    // A negated wish reaches past its object, the product, to the goal's verb ("don't want the
    // licences moved", "不希望把许可证转过来"): the goal is what is refused, not the product. So
    // past any other answer that names them ("don't (really) want the EA subscriptions / the
    // commercial tenant moved"), when the negation is of a word of wanting, at most a word after
    // it: "did not buy through EA to move them" refuses EA.
    const wish = next.question !== 'goal' && wants.some((w) => w.start >= n.end && distance(text.slice(n.end, w.start)) <= 1);
    const verbAfter = next.question === 'service' || wish ? answers.find((m) => m.start >= next!.end && m.question === 'goal') : undefined;
    if (verbAfter !== undefined) {
      const toVerb = text.slice(n.end, verbAfter.start);
      if (!/[,.?]/.test(toVerb) && distance(toVerb) <= VERB_NEGATION_REACH && !joins.some((j) => j.start >= n.end && j.start <= verbAfter.start))
        next = verbAfter;
    }
    // A negated verb of buying refuses the way, not the product named on the way ("didn't buy Azure through the EA").
    const way = answers.find((m) => m.start >= next!.end && m.question === 'channel' && !/[,.?]/.test(text.slice(n.end, m.start)));
    if (next.question === 'service' && way !== undefined && purchases.some((p) => p.start >= n.end && p.start <= n.end + 1)) next = way;
    const gap = text.slice(n.end, next.start);
    // A negated verb reaches its object: the goal's verb itself, or the channel after a verb of
    // buying ("did not buy these through our EA").
    const verb = next.question === 'goal' || (next.question === 'channel' && purchases.some((p) => p.start >= n.end && p.start <= n.end + 1));
    const reach = verb ? VERB_NEGATION_REACH : NEGATION_REACH;
    // Nor across a word that joins another clause ("not a CSP and they want support").
    // (The joining word may open the mention: "hanem open" is one.)
    const joined = joins.some((j) => j.start >= n.end && j.start <= next.start);
    // Nor past a word that takes back what came before ("no, sorry, through Open"): the
    // negation belonged to the statement taken back.
    const corrected = corrections.some((c) => c.start >= n.end && c.end <= next.start);
    // Nor past a doubt ("no probably EA"): the doubt, not the negation, speaks of what follows.
    const doubted = hedges.some((h) => h.start >= n.end && h.end <= next.start);
    if (!/[,.?]/.test(gap) && distance(gap) <= reach && !pause(n.end, next.start) && !joined && !corrected && !doubted) next.negated = true;
  }

  // Negation right after a mention, perhaps after a filler word or two ("ничего не хотят"); after the goal's verb
  // also after its object («переносить подписки к нам не хотят»). A negation written straight on into another
  // mention, not even a space between, is that one's, typed without a pause ("买的o365不是ea": not EA); "EA? no -
  // Open" keeps its "no" for EA. A "no" after a dash that also takes back ("Office 365——不对，是 MPSA") corrects.
  const startsAt = new Set(answers.map((a) => a.start));
  for (const m of answers) {
    for (const l of lexicons) {
      if (!l.negateAfter) continue;
      let at = m.end;
      for (let k = 0; k <= AFTER_REACH && !m.negated; k++) {
        l.negateAfter.lastIndex = at;
        if (l.negateAfter.test(text)) {
          if (startsAt.has(l.negateAfter.lastIndex) || (pause(m.end - 1, at) && corrections.some((c) => c.start === at))) break;
          if (doubtAnswers(text, at, l.negateAfter.lastIndex, hedges, answers)) break;
          if (text.slice(m.end, l.negateAfter.lastIndex).includes('?') && offeredChoice(text, m, answers, lexicons)) break;
          m.negated = true;
        } else {
          const next =
            afterFiller(l.fillers, text, at) ??
            (m.question === 'goal' ? afterObjectWord(text, at, answers, joins) : undefined) ??
            questionMark(text, at, answers);
          if (next === undefined) break;
          at = next;
        }
      }
    }
  }

  // Uncertainty after what it doubts: the mention right before it in its clause, up to three
  // words apart (a verb put last: "EA-n keresztül vették, azt hiszem"). When its clause ends there
  // ("EA вроде, мы direct") it doubts nothing after; run on («EA вроде через Open») it may doubt
  // either side, and both are candidates only. Set off by commas on both sides («мы, кажется,
  // покупали…») it is a parenthesis about what follows.
  const doubtedBefore: Span[] = [];
  for (const h of lexicons.flatMap((l) => matches(l.hedgesAfter, text))) {
    const before = answers.filter((m) => m.end <= h.start && /^(?: [^ ,.?]+){0,3} ?,? ?$/u.test(text.slice(m.end, h.start))).pop();
    const closes = /^ ?(?:[,.;:!?]|$)/u.test(text.slice(h.end));
    // After a comma and run on to an answer in its own clause ("Office 365, probably bought
    // through the Advisor program") it opens that clause: it doubts what follows, not the answer before.
    const comma = text.slice(before?.end ?? 0, h.start).includes(',');
    const clauseEnd = h.end + Math.max(0, text.slice(h.end).search(/[,.;:!?]|$/u));
    const opens = answers.some((m) => m.start >= h.end && m.end <= clauseEnd);
    // So too after a joining word ("we buy through Ingram so I guess our distributor starts it").
    const joined = joins.some((j) => j.start >= (before?.end ?? 0) && j.end <= h.start);
    if (before === undefined || before.negated || ((comma || joined) && (/^ ?,/u.test(text.slice(h.end)) || opens))) continue;
    before.hedged = true;
    if (closes) doubtedBefore.push(h);
  }

  // Uncertainty: the mentions of the next question named in the same sentence, up to a word that
  // closes the doubt ("they can't remember, anyway it's the commercial cloud") or, once the
  // doubted answer is named, a contrast ("might move eventually, but right now only support").
  // Latin words of the message's language only ("de" is "but" in Hungarian, "of" in Portuguese);
  // Cyrillic and Chinese words belong to one language.
  const closers = lexicons.filter((l) => l.doubtEnds !== undefined || l.doubtContrast !== undefined);
  const spoken = closers.length > 0 ? (dominant ?? dominantLanguages(text)) : undefined;
  const ownWords = (pick: (l: CompiledLexicon) => RegExp | undefined): Span[] =>
    closers.flatMap((l) => matches(pick(l), text).filter((w) => spoken?.has(l.language) === true || !/[a-z]/.test(text[w.start] ?? '')));
  const ends = ownWords((l) => l.doubtEnds);
  const contrasts = ownWords((l) => l.doubtContrast);
  const present = ownWords((l) => l.doubtNow);
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (const h of hedges) {
    if (doubtedBefore.some((d) => overlaps(d, h))) continue;
    // A Chinese doubt that closes a clause holding an answer ("Open 还是 EA 不确定，客户只要支持"), or a clause of its own after
    // one, also last in its sentence ("EA 买的，他们也记不清楚；只要支持"), doubts that answer (not a product of an earlier clause,
    // nor one an earlier doubt spoke of), not the next clause's; asking which or where about it ("Office 365 是哪个租户说不清") it
    // doubts neither. (Elsewhere a closing word may be no doubt of the answer: "transfer now if possible, not wait".)
    const clause = Math.max(...[',', '.', '?', ';', ':'].map((c) => text.lastIndexOf(c, h.start - 1))) + 1;
    const last = (from: number, not?: string) => answers.filter((m) => !m.negated && m.question !== not && m.start >= from && m.end <= h.start).pop();
    const held = last(clause) ?? last(Math.max(sentenceOf(text, h.start).start, ...hedges.filter((o) => o.end <= clause).map((o) => o.end)), 'service');
    if (held !== undefined && isCjk(text[h.start] ?? '') && /^ ?(?:[,;:.]|$)/u.test(text.slice(h.end))) {
      if (!objects.some((o) => o.start >= held.end && o.end <= h.start)) held.hedged = true;
      continue;
    }
    const rest = text.slice(h.end);
    const stop = rest.search(/[.?]/);
    let corrected = corrections.find((c) => c.start >= h.end);
    // A correction the hedge doubts ("maybe we're actually a reseller?", «может, на самом деле…»)
    // takes nothing back: what it names is one more candidate, asked about.
    // (A comma after the hedge only when one stands before it too: «хотя, возможно, на самом деле»,
    // not «сначала не знали, потом уточнили».)
    const gap = text.slice(h.end, corrected?.start ?? h.end);
    const set = /^(?: ?[^ ,.;:!?]+){0,3} ?$/u.test(gap) || (/, ?$/u.test(text.slice(0, h.start)) && /^ ?,(?: ?[^ ,.;:!?]+){0,3} ?$/u.test(gap));
    if (corrected !== undefined && set && !answers.some((m) => m.start >= h.end && m.end <= corrected!.start)) {
      corrections.splice(corrections.indexOf(corrected), 1);
      corrected = corrections.find((c) => c.start >= h.end);
    }
    const closed = ends.find((e) => e.start >= h.end && !overlaps(e, h));
    let end = Math.min(stop < 0 ? text.length : h.end + stop, corrected?.start ?? text.length, closed?.start ?? text.length);
    // A doubt said last in its clause, before a joining word and a new subject ("so I don't know and we're a reseller"), doubts nothing after it.
    const joinedAfter = joins.find(
      (j) => j.start >= h.end && /^ ?$/.test(text.slice(h.end, j.start)) && subjects.some((w) => /^ ?$/.test(text.slice(j.end, w.start))),
    );
    if (joinedAfter !== undefined) end = Math.min(end, joinedAfter.start);
    // A doubt asking its own question ("not sure which one it's about, they said …") ends where a new subject opens the next clause.
    const asks = text.indexOf(',', objects.find((o) => o.start >= h.end && distance(text.slice(h.end, o.start)) <= 1)?.end ?? text.length);
    if (asks >= 0 && subjects.some((w) => w.start > asks && /^ ?$/.test(text.slice(asks + 1, w.start)))) end = Math.min(end, asks);
    // A doubt on a count ("12 users, maybe 14 with the new hires, and they got Office…") ends with its clause.
    const comma = text.indexOf(',', h.end);
    if (/^ ?[0-9]/.test(rest) && comma >= 0 && !answers.some((m) => m.start < comma && m.end > h.end)) end = Math.min(end, comma);
    // A doubt inside a mention's own words («мы вроде бы непрямой реселлер») doubts that mention.
    const doubts = (m: NegatableMention): boolean => !m.negated && (m.start >= h.end || (m.start < h.start && m.end > h.end)) && m.end <= end;
    let first = answers.find(doubts);
    // A product the doubt asks where, which or how about, a word or more on ("not sure where they
    // bought Azure", «не помнят, по какому идёт Office 365»), is stated: how it was bought is doubted.
    const asked = objects.some(
      (o) => o.start >= h.end && distance(text.slice(h.end, o.start).replace(',', '')) <= 1 && distance(text.slice(o.end, first?.start)) >= 1,
    );
    const named = answers.filter((m) => doubts(m) && m.question === 'service');
    const one = named.every((m, k) => k === 0 || distance(text.slice(named[k - 1]!.end, m.start)) === 0);
    // A doubt that opens an either/or («колеблются: либо оставить Dynamics 365, …, либо …») doubts the
    // choice, not the product named inside its first option.
    const choice = ors.some((o) => o.start >= h.end && /^[ ,:]*$/u.test(text.slice(h.end, o.start)));
    if (first?.question === 'service' && (asked || choice) && one) first = answers.find((m) => doubts(m) && m.question !== 'service' && m.start >= first!.end);
    if (first === undefined) continue;
    // The product bought, then how or from whom in the same clause ("not sure whether they
    // bought Office 365 through EA"): the product is what the doubt is about, the how is doubted.
    const how = first.question === 'service' ? answers.find((m) => doubts(m) && m.start >= first!.end && m.question !== 'service') : undefined;
    // One product, perhaps named twice in a row ("Dynamics 365 seats"), or the same option with
    // one word between ("as licenças do Microsoft 365"). (With a how, the first doubted answer is one of them.)
    const products = answers.filter((m) => doubts(m) && m.question === 'service' && m.start < (how?.start ?? 0));
    const again = (m: NegatableMention, k: number): number => (m.option !== undefined && m.option === products[k - 1]!.option ? 1 : 0);
    const oneProduct = products.every((m, k) => k === 0 || distance(text.slice(products[k - 1]!.end, m.start)) <= again(m, k));
    if (how !== undefined && oneProduct && !/[,;:]/.test(text.slice(first.end, how.start))) first = how;
    // From sellers no answer places ("maybe they bought the Azure from a hosting provider", a how or a role past a comma
    // or not): the product is stated, the sellers doubted, each named once in its longest words, in the order said.
    const unplaced: Span[] = [];
    for (const s of sellers.filter((s) => s.start >= first!.end && s.end <= end && !readOver(s, mentions)).sort((a, b) => b.end - b.start - (a.end - a.start)))
      if (!unplaced.some((n) => overlaps(n, s))) unplaced.push(s);
    unplaced.sort((a, b) => a.start - b.start);
    if (first.question === 'service' && one && unplaced.length > 0 && /^[^,.;:?]*$/u.test(text.slice(first.end, unplaced[0]!.start))) {
      doubtedSellers.push(...unplaced);
      continue;
    }
    // A doubt over options that answer one question differently ("weighing three options: keep their Microsoft 365 and we
    // support it, or move it") is about that question, not the product or channel the options share.
    const offered = answers.filter(doubts);
    first = offered.find((m) => offered.some((o) => o.question === m.question && o.option !== m.option)) ?? first;
    const contrast = contrasts.find((c) => c.start >= first.end && c.start < end && !answers.some((m) => overlaps(m, c)));
    if (contrast !== undefined) {
      end = contrast.start;
      // "…but right now": the present replaces the doubted future; a correction, up to two
      // words after the contrast.
      const now = present.find((w) => w.start >= contrast.end && /^ ?(?:[^ ,.;:!?]+ ){0,2}$/u.test(text.slice(contrast.end, w.start)));
      if (now !== undefined) corrections.push(contrast);
    }
    for (const m of answers) if (doubts(m) && m.question === first.question) m.hedged = true;
  }
  notDirectlyFrom(text, mentions);
  return doubtedSellers;
}

/**
 * Whether the "no" answering a question ("Or through Open? No idea.", «Нет, не помню») opens a
 * doubt instead: a doubt begins with it or right after it and names nothing after it in its
 * sentence ("No, probably EA" is a no, and EA is doubted).
 */
function doubtAnswers(text: string, from: number, to: number, hedges: readonly Span[], answers: readonly NegatableMention[]): boolean {
  if (!/^ ?\?/.test(text.slice(from))) return false;
  const end = text.slice(to).search(/[.?]/);
  const sentenceEnd = end < 0 ? text.length : to + end;
  return hedges.some((h) => {
    // Begun in the "no" ("no idea": slice() of a span that ends before it starts is "") or at most a
    // word (two Chinese characters) after it, so in its sentence.
    const gap = /^ ?,?([^.]*)$/.exec(text.slice(to, h.start));
    return h.end > from && gap !== null && distance(gap[1]!) <= 1 && !answers.some((a) => a.start >= h.end && a.start < sentenceEnd);
  });
}

/**
 * The question mark that ends the question running on from `at`, when a few words that name no
 * other answer stand before it: the "no" after it answers the question ("Was it through Open
 * Value? No", «是通过 Open 买的吗？不是»).
 */
function questionMark(text: string, at: number, answers: readonly NegatableMention[]): number | undefined {
  const mark = text.indexOf('?', at);
  const gap = text.slice(at, mark);
  if (mark < 0 || gap.includes('.') || distance(gap) > AFTER_REACH || answers.some((a) => a.start >= at && a.start < mark)) return undefined;
  return mark;
}

/** Where a filler word at `at` ends, if there is one. */
function afterFiller(fillers: RegExp | undefined, text: string, at: number): number | undefined {
  if (fillers === undefined) return undefined;
  fillers.lastIndex = at;
  return fillers.test(text) ? fillers.lastIndex : undefined;
}

/**
 * Where the word at `at` (after a space) ends, if it may be the object of a verb: an ordinary
 * word or a product («переносить лицензии к нам не хотят»), not another answer nor a joining word.
 */
function afterObjectWord(text: string, at: number, answers: readonly NegatableMention[], joins: readonly Span[]): number | undefined {
  const word = /^ [^ ,.?]+/.exec(text.slice(at));
  if (word === null || joins.some((j) => j.start === at + 1)) return undefined;
  const mention = answers.find((m) => m.start < at + word[0].length && m.end > at);
  if (mention !== undefined) return mention.question === 'service' && mention.start > at ? mention.end : undefined;
  return at + word[0].length;
}

/** How many words may join two mentions of one answer into one phrase ("licenças do Office"). */
const PHRASE_GAP = 1;

/**
 * "Not the Office licences", «не лицензии Office», "não são as licenças do Office": one phrase
 * named by two mentions of the same answer is negated as a whole, so its second word does not
 * stand as the answer beside the one the speaker gives instead ("…, it's the Azure").
 */
export function negatePhrases(text: string, mentions: Array<NegatableMention & { option: string }>, joins: readonly Span[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (!a.negated || b.negated || a.question === undefined || a.question !== b.question || a.option !== b.option) continue;
    const gap = text.slice(a.end, b.start);
    // Not across a joining word: "not Dynamics 365 but Office 365" names two products, the second one said instead.
    const joined = joins.some((j) => j.start >= a.end && j.end <= b.start);
    if (b.start >= a.end && !/[,.?;:!]/.test(gap) && distance(gap) <= PHRASE_GAP && !joined) b.negated = true;
  }
  negateContrastedClause(text, mentions, joins);
}
