// Whose words a mention is: a role of another party, a role the partner is unsure of, a purchase
// made through the partner itself, what the partner buys to resell, a seller said to be neither
// CSP nor syndication, and the roles of the partner's supplier (split from structure.ts, which
// decides the other structures of a message).
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';
import { closeTo, overlaps, sentenceOf, units } from './text';
import { TIER_TWO_OPTION } from './tier';
import { ownBundle } from './neitherBundle';

export { otherCases } from './cases';

const DENIED = /^ ?(?:[^ ,.?;:]+ ){0,2}$/u;
/**
 * "The customer bought it through us when we were in the Advisor program": a purchase made
 * through the partner itself, with an Advisor mention in a sentence where the partner is the
 * subject, is the former Advisor channel (from this partner, while it was an Advisor). In the
 * commercial cloud that channel is read as Advisor, as before. Denied (a negation at most two
 * words before "from us": "not from us in the Advisor days"), it is no channel (`DENIED`).
 */
export function formerAdvisor(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const fromUs = lexicons.flatMap((l) => matches(l.fromUs, text));
  const sold = lexicons.flatMap((l) => matches(l.sold, text));
  if (fromUs.length === 0 && sold.length === 0) return;
  const self = lexicons.flatMap((l) => matches(l.self, text));
  const others = lexicons.flatMap((l) => matches(l.others, text));
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  // "We were in the Advisor program and sold them Office": a sale with "we" before it in the
  // sentence and no other party between is a sale by the partner itself.
  const ours = (v: Span, s: Span): boolean => {
    const we = self.filter((x) => x.start >= s.start && x.end <= v.start).pop();
    return we !== undefined && !others.some((o) => o.start >= we.end && o.end <= v.start);
  };
  for (const m of mentions) {
    if (m.question !== 'channel' || !['advisor', 'formerAdvisor'].includes(m.option) || m.negated) continue;
    const s = sentenceOf(text, m.start);
    const inside = (x: Span): boolean => x.start >= s.start && x.end <= s.end;
    const byUs = sold.some((v) => inside(v) && ours(v, s));
    if (fromUs.some((f) => inside(f) && negators.some((n) => n.end <= f.start && DENIED.test(text.slice(n.end, f.start))))) m.negated = true;
    else if ((fromUs.length > 0 && self.some(inside)) || fromUs.some(inside) || byUs) m.option = 'formerAdvisor';
  }
}

/**
 * "We buy directly from Microsoft and resell to our resellers": a purchase from Microsoft in a
 * sentence that resells, with no word for another party ("the customer", «клиент», "客户")
 * before it, is the partner's own supply, not where the customer bought.
 */
export function ownSupply(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const resell = lexicons.flatMap((l) => matches(l.resell, text));
  if (resell.length === 0) return;
  const others = lexicons.flatMap((l) => matches(l.others, text));
  for (const m of mentions) {
    if (m.question !== 'channel' || m.option !== 'microsoft') continue;
    const s = sentenceOf(text, m.start);
    if (!resell.some((r) => r.start >= s.start && r.end <= s.end)) continue;
    if (others.some((o) => o.start >= s.start && o.end <= m.start)) continue;
    m.question = undefined;
    m.implies = [];
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
    const { start: from, end: to } = sentenceOf(text, m.start, m.end);
    const near = (n: Span, c: Span): boolean =>
      n.end <= c.start && !/[,.?]/.test(text.slice(n.end, c.start)) && text.slice(n.end, c.start).split(' ').filter(Boolean).length <= 2;
    // A local seller ("местного интегратора", channel other) is the seller the sentence defines, not a channel of its own; a bundle after it is its sale (neitherBundle.ts).
    const own = mentions.filter((o) => o !== m && o.question === 'channel' && o.option !== 'other' && !o.negated && o.start >= from && o.end <= to);
    if (!negators.some((n) => near(n, m)) || !ownBundle(text, own, m)) continue;
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
    for (const o of own) o.option = 'thirdParty';
  }
}

/** How many words between "not a CSP" and the "or" that offers another channel ("（不是CSP）买的，还是"). */
const OR_GAP = 2;
/** How many words before "not a CSP" the seller it describes may stand ("a hosting company (not a CSP)"; "a hoster (X), with the domain and the site - it is not a CSP"). */
const SELLER_REACH = 12;
/** How many units (the comma is one) after "not a CSP" the seller it describes may stand ("not a CSP partner; it's just a hosting company"). */
const SELLER_AFTER = 6;

/**
 * A seller said not to be a CSP partner ("a hosting company (not a CSP)", «у хостинг-провайдера, который не CSP»,
 * "主机托管商…对方不是 CSP", "um provedor de hospedagem, que não é CSP", "egy tárhelyszolgáltatónál, ami nem CSP") is
 * a third party, unless its sentence states a channel of its own or the seller is the partner's own role ("we're a reseller, not…").
 */
export function sellersNotCsp(
  text: string,
  mentions: readonly StructuredMention[],
  lexicons: readonly CompiledLexicon[],
  fixes: readonly Span[] = [],
  rows: readonly Span[] = [],
): Span[] {
  const found: Span[] = [];
  if (!text.includes('csp')) return found;
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  const sellers = lexicons.flatMap((l) => matches(l.seller, text));
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (const c of matches(CSP, text)) {
    const n = negators.find((x) => x.end <= c.start && !/[,.?]/.test(text.slice(x.end, c.start)) && units(text.slice(x.end, c.start)) <= 2);
    if (n === undefined) continue;
    const opens = sentenceOf(text, n.start).start;
    // A sentence of its own after the seller's ("…a hoster. Not a CSP.", also after a word or two «Это не CSP», "Essa empresa não é",
    // "They're not", or "That company is"; not «Мы не CSP»)
    // is about it; an "or" or a correction ("Open no wait a hoster") starts its own.
    const lead = text.slice(opens, n.start).trim();
    const alone =
      lead === '' ||
      (/^([a-zа-я]+( [a-zа-я]+)?|(that|this) [a-z]+ (is|was))$/.test(lead) && !lexicons.some((l) => matches(l.self, text, opens, n.start).length > 0));
    const back = alone ? sentenceOf(text, opens - 1).start - 1 : opens - 1;
    // A table row is a statement of its own: its words are not the sentence of the rows around it (document.ts tableRowSpans).
    const row = rows.find((r) => r.start <= n.start && c.end <= r.end);
    const from = Math.max(back, row?.start ?? -1, ...[...ors, ...fixes].filter((o) => o.end <= n.start).map((o) => o.end)) + 1;
    // A channel offered after "or" ("a hosting company (not a CSP) or EA") is the other option, not the sentence's own.
    const or = ors.find((o) => closeTo(text, c.end, o.start, OR_GAP, /[.?]/));
    const to = Math.min(or !== undefined ? or.start : sentenceOf(text, c.end).end, row?.end ?? Infinity);
    // "Somewhere else" (a local integrator) is no channel of its own: what it is not says what it is.
    if (mentions.some((m) => m.question === 'channel' && m.option !== 'other' && !m.negated && m.start >= from && m.end <= to)) continue;
    const seller = sellers
      // Said alone, it may be about a seller anywhere in the sentence before (its subject, at the start).
      .filter((s) => s.start >= from && s.end <= n.start && (alone || units(text.slice(s.end, n.start)) <= SELLER_REACH))
      // Nor one in a role, or inside a blocking phrase (an employer, another case's words); "一家做网站托管的公司" holds one and is a seller.
      .filter((s) => !mentions.some((m) => (m.question === 'partnerType' ? overlaps(m, s) : m.question === undefined && m.start <= s.start && s.end <= m.end)))
      .pop();
    if (seller !== undefined) found.push({ start: seller.start, end: c.end });
    // Or named after its comma (two words may come first: "a CSP partner,", "a CSP at all,"), when it is the subject ("They're not a CSP, just a hosting company"; not "we").
    const comma = c.end + (/^( \p{L}+){0,2} ?,/u.exec(text.slice(c.end))?.[0].length ?? NaN);
    const after = sellers.find((s) => s.start >= comma && closeTo(text, c.end, s.start, SELLER_AFTER, /[.?]/));
    const theirs = lexicons.some((l) => matches(l.others, text).some((w) => closeTo(text, w.end, n.start, 1)));
    // Or in an aside set off after a name, in a sentence with no word for us ("from BlueLeaf (not a CSP, just a hosting co)").
    const apposed = /, $/.test(text.slice(0, n.start)) && !lexicons.some((l) => matches(l.self, text, opens, n.start).length > 0);
    // Or the sentence's own subject, a name or two with no word for us ('Lonestar isn't a CSP partner; it's just a hosting company').
    if (seller === undefined && after !== undefined && (theirs || apposed || (alone && lead !== ''))) found.push({ start: n.start, end: after.end });
  }
  return found;
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
  // Or the provider's name in brackets between the role and the word after it ("disztribútoron (ALSO) keresztül").
  const named = (from: number, to: number): boolean =>
    /^ [^ ,.?]+( [^ ,.?]+)? , $/u.test(text.slice(from, to)) && glossOpens(from + 1) && !between.some((o) => o.start >= from && o.end <= to);
  for (const m of mentions) {
    if (m.question !== 'partnerType' || (m.option !== 'indirectProvider' && m.option !== TIER_TWO_OPTION) || m.negated) continue;
    const supplied = before.some((s) => s.end <= m.start && (close(s.end, m.start) || glossed(s.end, m.start)));
    // A provider glossed in brackets right after the one supplying us names that one ("透過總代理（間接提供者）").
    const gloss = mentions.some((p) => p.option === 'indirectReseller' && [0, 1].includes(m.start - p.end) && glossOpens(m.start));
    if (supplied || gloss || after.some((s) => s.start >= m.end && (close(m.end, s.start) || named(m.end, s.start)))) m.option = 'indirectReseller';
  }
}

/** How far after a role the words naming its owner may begin (units: words, pairs of Chinese characters). */
const OWNER_GAP = 1;
/** How far before a role "we" may stand to be the subject it is said of ("we are a …"). */
const SUBJECT_GAP = 2;

/**
 * A role governed by another party is not the partner's own. Before it, in its clause, the
 * nearest party word decides ("their current partner is a T1", «их поставщик — непрямой
 * реселлер», "客户之前的合作伙伴是一家分销商", "az ügyfél disztribútora"); right after it, words
 * that name its owner ("the distributor of the old partner", «дистрибьютор клиента», "o
 * distribuidor deles", "do antigo parceiro", "a disztribútor (a korábbi partner …)") make it
 * that party's, whoever the clause's subject is (`asideOpens` says where the message had an
 * opening parenthesis); so does a form of the word that says so
 * ("a disztribútoruk", their distributor).
 */
export function attributeRoles(
  text: string,
  mentions: StructuredMention[],
  lexicons: readonly CompiledLexicon[],
  asideOpens: (at: number) => boolean = () => false,
  corrections: readonly Span[] = [],
  glossCloses: (from: number, at: number) => boolean = () => false,
  labelEnds: (at: number) => boolean = () => false,
): void {
  const owners = lexicons.flatMap((l) => matches(l.ownerAfter, text));
  const servedByUs = lexicons.flatMap((l) => matches(l.selfOf, text));
  // In the same clause, or in an aside opened by a parenthesis right after the role.
  const next = (from: number, to: number): boolean => {
    const gap = text.slice(from, to);
    const comma = gap.search(/[,.?;:]/);
    // Past the bracket glossing the role, or closing the one it stands in ("the distributor
    // (indirect provider) also joined the meeting"): the owner's words right after it.
    if (comma >= 0 && gap[comma] === ',' && glossCloses(from, from + comma)) {
      const rest = gap.slice(comma + 1);
      return !/[,.?;:]/.test(rest) && units(rest) <= OWNER_GAP;
    }
    if (comma >= 0 && (!/^ ?, ?[^,.?;:]*$/.test(gap) || !asideOpens(from + comma))) return false;
    return units(gap.replace(',', ' ')) <= OWNER_GAP;
  };
  const denials = lexicons.flatMap((l) => matches(l.notUs, text));
  const between: Span[] = [...mentions.filter((o) => o.question !== undefined), ...lexicons.flatMap((l) => matches(l.self, text))];
  // "…, but that's not us": the denial is the whole clause right after the role, nothing between
  // ("we're T1, that's not us who sold it" denies something else).
  // A correction between them is no word ("indirect provider wait no that's our parent company").
  const denied = (m: Span): boolean =>
    denials.some((d) => {
      // A correction's words are matched wherever they stand, so those between them are taken out by their
      // text (with no space left: Chinese characters around it still count by pairs).
      const gap = corrections.reduce((g, c) => g.replace(text.slice(c.start, c.end), ''), text.slice(m.end, d.start));
      return (
        d.start >= m.end &&
        /^ ?([,.?;:!)]|$)/.test(text.slice(d.end)) &&
        /^[^.?;:,]*,?[^.?;:,]*$/.test(gap) &&
        units(gap.replace(',', ' ')) <= OWNER_GAP &&
        !between.some((o) => o.start >= m.end && o.end <= d.start)
      );
    });
  for (const m of mentions) {
    if (m.question !== 'partnerType' || m.negated) continue;
    // "We are the customer's distributor": the customer is whom the role serves, not its subject.
    if (servedByUs.some((s) => s.end <= m.start && units(text.slice(s.end, m.start)) === 0)) continue;
    const clauseStart = Math.max(text.lastIndexOf(',', m.start - 1), text.lastIndexOf('.', m.start - 1), text.lastIndexOf('?', m.start - 1)) + 1;
    let self = -1;
    let selfEnd = -1;
    let other = -1;
    for (const l of lexicons) {
      // A "we" in the role's own words ("我们是经销商", "we're the reseller", "through our distributor")
      // makes it ours whoever else the clause names.
      for (const s of matches(l.self, text, clauseStart, m.end)) if (s.start > self) [self, selfEnd] = [s.start, s.end];
      for (const s of matches(l.others, text, clauseStart, m.start)) other = Math.max(other, s.start);
    }
    const owned = owners.some((o) => o.start >= m.end && next(m.end, o.start));
    const ownForm = lexicons.some((l) => matches(l.ownedWord, text, m.start, Math.min(text.length, m.end + 1)).some((w) => w.end === m.end));
    // "We are its indirect reseller" ("a gente é revenda indireta dela"): said of us, the owner
    // after the role is our supplier.
    const ours = self > other && units(text.slice(selfEnd, m.start)) <= SUBJECT_GAP;
    // "…from their old partner, an indirect reseller under Ingram": a role after one word (an
    // article) in its clause, set by a comma alone after a party word (two words before it at
    // most), is that party's (an apposition), unless its sentence names us anywhere.
    const sentence = sentenceOf(text, m.start);
    const apposed =
      text[clauseStart - 1] === ',' &&
      units(text.slice(clauseStart, m.start)) === 1 &&
      lexicons.some((l) => matches(l.others, text, clauseStart - 60, clauseStart).some((o) => units(text.slice(o.end, clauseStart - 1)) < 3)) &&
      !lexicons.some((l) => matches(l.self, text, sentence.start, sentence.end).length > 0);
    if (
      apposed ||
      denied(m) ||
      other > self ||
      ((owned || ownForm) && !ours) ||
      otherSubject(text, m, mentions, lexicons) ||
      labelledParty(text, m, lexicons, labelEnds)
    )
      m.question = undefined;
  }
}

/**
 * "Distributor (Pax8): indirect provider", «Дистрибьютор: непрямой поставщик», "分销商：…（间接提供商）": a sentence opened by a
 * label naming the distributor speaks of the distributor up to the end of the clause after the label's comma; a role there,
 * the label's own word included, is the distributor's, unless a "we" stands in it ("Distributor, we are T2").
 */
function labelledParty(text: string, m: Span, lexicons: readonly CompiledLexicon[], labelEnds: (at: number) => boolean): boolean {
  const s = sentenceOf(text, m.start);
  const opening = /^[\s\-*#]*/u.exec(text.slice(s.start))![0].length + s.start;
  const label = lexicons.flatMap((l) => matches(l.partyLabel, text, opening, s.end)).find((x) => x.start === opening && labelEnds(x.end));
  if (label === undefined) return false;
  // The label's colon is read as a comma: the clause it labels ends at the next stop after it.
  const colon = text.indexOf(',', label.end);
  const stop = colon < 0 ? -1 : text.slice(colon + 1).search(/[,.;:，。；]/u);
  const clauseEnd = colon < 0 || stop < 0 ? s.end : Math.min(s.end, colon + 1 + stop);
  return m.end <= clauseEnd && !lexicons.some((l) => matches(l.self, text, s.start, clauseEnd).length > 0);
}

/** How many units into its sentence a party word may begin to be the sentence's subject. */
const SUBJECT_REACH = 2;

/**
 * "Their old partner, Northstar IT, was a direct bill T1", «А их прежний партнёр был прямым
 * партнёром, T1»: a sentence whose subject is another party (a party word opening it) speaks of
 * that party across its asides, so a role in it with no "we" before it is that party's, even past
 * the commas that end the clause the nearest-word rule looks at. A "we" in the role's clause
 * (after it too: "közvetlen partner vagyunk") keeps it ours.
 */
function otherSubject(text: string, m: Span, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): boolean {
  const s = sentenceOf(text, m.start);
  // A seller word that is no answer itself ("The reseller was a direct partner before", «Реселлер
  // сам раньше был прямым партнёром») is a party too, unless said of "we" ("we are a reseller").
  const sellers = lexicons
    .flatMap((l) => matches(l.seller, text, s.start, m.start))
    .filter((w) => !mentions.some((o) => o.question !== undefined && overlaps(o, w)))
    .filter((w) => !lexicons.some((l) => matches(l.self, text, s.start, w.start).length > 0));
  const opening = [...lexicons.flatMap((l) => matches(l.others, text, s.start, m.start)), ...sellers].filter(
    (o) => units(text.slice(s.start, o.start)) <= SUBJECT_REACH,
  );
  // A seller named where the customer bought, the sentence's first spaced word ("… from Northgate Technology. 好的，Northgate was a T2 reseller"), is a party too.
  const word = /([^ ,.?;:!]+) /.exec(text.slice(s.start, m.start))?.[1];
  const named = word !== undefined && lexicons.some((l) => matches(l.supplier, text, 0, s.start).some((f) => text.startsWith(` ${word} `, f.end)));
  if (opening.length === 0 && !named) return false;
  const first = named ? s.start : Math.min(...opening.map((o) => o.start));
  // "We" anywhere in the role's own clause ("…, közvetlen partner vagyunk") or before it keeps it ours.
  const stop = text.slice(m.end, s.end).search(/[,;:]/);
  const clauseEnd = stop < 0 ? s.end : m.end + stop;
  return !lexicons.some((l) => matches(l.self, text, first, clauseEnd).length > 0);
}
