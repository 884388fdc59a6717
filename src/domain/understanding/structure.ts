// The structure of a message that decides which mentions are statements, before their answers
// are combined: spoken forms read as written ones, options listed as alternatives ("either EA or
// Open – the second one") and roles that belong to another party ("their partner is a T1").
import { QuestionId } from '../questions';
import { CompiledLexicon } from './compile';
import { PreparedText, isCjk } from './text';

export interface StructuredMention {
  question: QuestionId | undefined;
  option: string;
  implies: ReadonlyArray<[QuestionId, string]>;
  start: number;
  end: number;
  negated: boolean;
}

interface Span {
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

/** Spoken forms replaced by written ones, each character keeping where it came from. */
export function respell(prepared: PreparedText, lexicons: readonly CompiledLexicon[]): PreparedText {
  let { text, origin } = prepared;
  for (const l of lexicons) {
    for (const rule of l.respell) {
      const found = matches(rule.regex, text);
      if (found.length === 0) continue;
      let out = '';
      const outOrigin: number[] = [];
      let last = 0;
      for (const f of found) {
        out += text.slice(last, f.start);
        outOrigin.push(...origin.slice(last, f.start));
        let end = f.end;
        // A dropped word takes one space with it.
        if (rule.to.length === 0 && text[end] === ' ') end++;
        for (let k = 0; k < rule.to.length; k++) {
          out += rule.to[k];
          outOrigin.push(origin[k === 0 ? f.start : f.end - 1]!);
        }
        last = end;
      }
      out += text.slice(last);
      outOrigin.push(...origin.slice(last));
      text = out;
      origin = outOrigin;
    }
  }
  return { text, origin };
}

function questionsOf(m: StructuredMention): Map<QuestionId, string> {
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

/** How far after the second option a reference to one of them is looked for (characters). */
const REFERENCE_REACH = 120;
/** The most words between two options joined by "or". */
const ALTERNATIVE_GAP = 8;

/**
 * "Either X or Y" / "X or Y?": two mentions answering one question differently, joined by "or".
 * A reference after them ("the second one", «последнее», "后者") keeps the one it names; a
 * question ("EA or Open?") answered by a later mention leaves the decision to that mention;
 * otherwise both stay, and the reader asks. A mention set aside loses its question.
 */
export function resolveAlternatives(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  if (ors.length === 0) return;
  const answers = mentions.filter((m) => m.question !== undefined && !m.negated);
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i]!;
    for (let j = i + 1; j < answers.length; j++) {
      const b = answers[j]!;
      const gap = text.slice(a.end, b.start);
      if (gap.includes('.') || gap.split(' ').length > ALTERNATIVE_GAP) break;
      const question = alternativeQuestion(a, b);
      // The joining word lies between them, or opens the second mention ("EA ou Open").
      if (question === undefined || !ors.some((o) => o.start >= a.end && o.end <= b.end)) continue;
      settlePair(text, a, b, question, answers, lexicons);
      break;
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
  const to = Math.min(text.length, b.end + REFERENCE_REACH);
  let reference: { at: number; keep: StructuredMention; drop: StructuredMention } | undefined;
  for (const l of lexicons) {
    for (const s of matches(l.first, text, b.end, to)) if (reference === undefined || s.start < reference.at) reference = { at: s.start, keep: a, drop: b };
    for (const s of matches(l.second, text, b.end, to)) if (reference === undefined || s.start < reference.at) reference = { at: s.start, keep: b, drop: a };
  }
  if (reference !== undefined) {
    const { drop } = reference;
    // The second option dropped takes its own words with it ("Chinese, from 21Vianet").
    const sentenceEnd = drop === b ? b.end + Math.max(0, text.slice(b.end).search(/[.?]|$/)) : drop.end;
    for (const m of answers)
      if (m === drop || (m.start >= drop.start && m.end <= sentenceEnd && m.start < reference.at && questionsOf(m).has(question))) {
        m.question = undefined;
        m.implies = [];
      }
    return;
  }
  // "EA or Open? Open." – the options were a question, and a later statement answers it.
  const end = text.slice(b.end).search(/[.?]/);
  if (end < 0 || text[b.end + end] !== '?') return;
  const after = b.end + end;
  if (answers.some((m) => m.start > after && m.question !== undefined && questionsOf(m).has(question))) {
    for (const m of [a, b]) {
      m.question = undefined;
      m.implies = [];
    }
  }
}

/**
 * A role named in a clause whose subject is another party ("their current partner is a T1",
 * «их поставщик — непрямой реселлер», "客户之前的合作伙伴是一家分销商") is not the partner's
 * own: the nearest party word before it in its clause decides whose role it is.
 */
export function attributeRoles(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  for (const m of mentions) {
    if (m.question !== 'partnerType' || m.negated) continue;
    const clauseStart = Math.max(text.lastIndexOf(',', m.start - 1), text.lastIndexOf('.', m.start - 1), text.lastIndexOf('?', m.start - 1)) + 1;
    let self = -1;
    let other = -1;
    for (const l of lexicons) {
      for (const s of matches(l.self, text, clauseStart, m.start)) self = Math.max(self, s.start);
      for (const s of matches(l.others, text, clauseStart, m.start)) other = Math.max(other, s.start);
    }
    if (other > self) m.question = undefined;
  }
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
    const sentenceEnd = n.end + Math.max(0, text.slice(n.end).search(/[.?]|$/));
    const clauseEnd = n.end + Math.max(0, text.slice(n.end).search(/[,.?]|$/));
    // The mention the negation should have reached (the same "不是" may have reached both).
    const x = answers.find((m, k) => k > i && m.start < clauseEnd && m.question !== n.question);
    if (x === undefined) continue;
    const y = answers.find((m) => m.start > clauseEnd && m.end <= sentenceEnd && !m.negated && m.question === x.question && m.option !== x.option);
    if (y === undefined || answers.some((m) => m !== n && m.question === n.question && m.start > n.end && m.end <= sentenceEnd)) continue;
    n.negated = false;
    x.negated = true;
  }
}

/**
 * "Their previous partner was a distributor, but that doesn't matter": what the sentence said
 * before a dismissal answers nothing (the mentions set aside lose their question).
 */
export function dismissAsides(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  for (const d of lexicons.flatMap((l) => matches(l.dismiss, text))) {
    const sentenceStart = Math.max(text.lastIndexOf('.', d.start - 1), text.lastIndexOf('?', d.start - 1)) + 1;
    for (const m of mentions) {
      if (m.start >= sentenceStart && m.end <= d.start) {
        m.question = undefined;
        m.implies = [];
      }
    }
  }
}

/** "CSP" as a word, or inside Chinese text (which has no spaces). */
const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/gu;
/** How far apart (characters) the two negated sources may stand. */
const NEITHER_REACH = 60;

/**
 * "Neither a CSP partner nor a syndication partner" is the definition of the third-party
 * channel: a negated syndication mention with a negated "CSP" near it in its sentence states
 * that channel, in every language ("не CSP и не синдикация", "既不是 CSP 也不是 syndication",
 * "não é CSP nem syndication", "se nem CSP, se nem syndication"), unless the sentence states a
 * channel of its own.
 */
export function neitherCspNorSyndication(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  for (const m of mentions) {
    if (m.question !== 'channel' || m.option !== 'syndication' || !m.negated) continue;
    const from = Math.max(text.lastIndexOf('.', m.start - 1), text.lastIndexOf('?', m.start - 1)) + 1;
    const stop = text.slice(m.end).search(/[.?]/);
    const to = stop < 0 ? text.length : m.end + stop;
    if (mentions.some((o) => o !== m && o.question === 'channel' && !o.negated && o.start >= from && o.end <= to)) continue;
    const near = (n: Span, c: Span): boolean =>
      n.end <= c.start && !/[,.?]/.test(text.slice(n.end, c.start)) && text.slice(n.end, c.start).split(' ').filter(Boolean).length <= 2;
    let said: Span | undefined;
    for (const c of matches(CSP, text, Math.max(from, m.start - NEITHER_REACH), Math.min(to, m.end + NEITHER_REACH))) {
      const n = negators.find((x) => near(x, c));
      if (n !== undefined) said ??= { start: n.start, end: c.end };
    }
    if (said === undefined) continue;
    // The evidence quotes both negations ("not CSP and not syndication").
    [m.start, m.end] = [Math.min(m.start, said.start), Math.max(m.end, said.end)];
    m.option = 'thirdParty';
    m.negated = false;
  }
}

/** How many words before "not a CSP" the seller it describes may stand ("a hosting company (not a CSP)"). */
const SELLER_REACH = 10;

/**
 * A seller said not to be a CSP partner ("a hosting company (not a CSP)", «у хостинг-провайдера,
 * который не CSP», "主机托管商…对方不是 CSP", "um provedor de hospedagem, que não é CSP", "egy
 * tárhelyszolgáltatónál, ami nem CSP") is a third party: the spans where a sentence says so, unless
 * it states a channel of its own or the seller is the partner's own role ("we're a reseller, not…").
 */
export function sellersNotCsp(text: string, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): Span[] {
  const found: Span[] = [];
  if (!text.includes('csp')) return found;
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  const sellers = lexicons.flatMap((l) => matches(l.seller, text));
  for (const c of matches(CSP, text)) {
    const n = negators.find((x) => x.end <= c.start && !/[,.?]/.test(text.slice(x.end, c.start)) && units(text.slice(x.end, c.start)) <= 2);
    if (n === undefined) continue;
    const from = Math.max(text.lastIndexOf('.', n.start - 1), text.lastIndexOf('?', n.start - 1)) + 1;
    const stop = text.slice(c.end).search(/[.?]/);
    const to = stop < 0 ? text.length : c.end + stop;
    if (mentions.some((m) => m.question === 'channel' && !m.negated && m.start >= from && m.end <= to)) continue;
    const seller = sellers
      .filter((s) => s.start >= from && s.end <= n.start && units(text.slice(s.end, n.start)) <= SELLER_REACH)
      .filter((s) => !mentions.some((m) => m.question === 'partnerType' && overlapping(m, s)))
      .pop();
    if (seller !== undefined) found.push({ start: seller.start, end: c.end });
  }
  return found;
}

function overlapping(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Words, and pairs of Chinese characters (which have no spaces), in a gap. */
function units(gap: string): number {
  let n = 0;
  for (const word of gap.split(' ')) {
    const cjk = [...word].filter(isCjk).length;
    n += (cjk < word.length ? 1 : 0) + Math.ceil(cjk / 2);
  }
  return n;
}

/**
 * "We're a reseller, we buy through a distributor": a provider named right after "through"
 * («через», "通过", "pela") or right before "keresztül" is the partner's supplier, which makes
 * the partner an indirect reseller; "we are the distributor" stays a role of its own. A provider
 * glossed in parentheses after a Chinese word ("通过代理商（distributor）") is that word's
 * gloss: `glossOpens` says where the message had an opening parenthesis.
 */
export function supplierRoles(
  text: string,
  mentions: StructuredMention[],
  lexicons: readonly CompiledLexicon[],
  glossOpens: (at: number) => boolean = () => false,
): void {
  const before = lexicons.flatMap((l) => matches(l.supplier, text));
  const after = lexicons.flatMap((l) => matches(l.supplierAfter, text));
  const between: Span[] = [...mentions.filter((o) => o.question !== undefined), ...lexicons.flatMap((l) => matches(l.self, text))];
  // Close: in the same clause, at most two words apart, with no answer or "we" between.
  const close = (from: number, to: number): boolean =>
    !/[,.?]/.test(text.slice(from, to)) && units(text.slice(from, to)) <= 2 && !between.some((o) => o.start >= from && o.end <= to);
  // Or a Chinese word and the parenthesis that opens its gloss: "代理商（".
  const glossed = (from: number, to: number): boolean => {
    const gloss = /^(\p{Script=Han}{1,4}) ?,? ?$/u.exec(text.slice(from, to));
    return gloss !== null && glossOpens(from + gloss[1]!.length) && !between.some((o) => o.start >= from && o.end <= to);
  };
  for (const m of mentions) {
    if (m.question !== 'partnerType' || m.option !== 'indirectProvider' || m.negated) continue;
    const supplied = before.some((s) => s.end <= m.start && (close(s.end, m.start) || glossed(s.end, m.start)));
    if (supplied || after.some((s) => s.start >= m.end && close(m.end, s.start))) m.option = 'indirectReseller';
  }
}
