// The partner's own role said in words no lexicon entry reads alone: the English word for the
// direct role after "we" in another language (split from structure.ts, which decides the other
// structures of a message), and a reseller the writer calls its own.
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';
import { closeTo, overlaps, sentenceOf, units } from './text';
import { structureWords, wordEndAt } from './structureLists';
import { rolesAskedOfReader } from './askedRole';

// The lexicons' words (`structure.selfCopula`, `bareDirectRole`, `directFrom`), each matched where it stands.
const COPULA = structureWords('selfCopula', 'uy');
const DIRECT_ROLE = structureWords('bareDirectRole', 'uy');
const DIRECT_FROM = structureWords('directFrom', 'uy');
/** After the role word: a space, a stop or the end, as a word ends. */
const ROLE_ENDS = /^(?:[ ,.?;:]|$)/u;

/** Where "direct" ends when it follows right at `at`, after a space and a copula or a dash at most ("are direct", "是 direct", "— direct"). */
function bareDirectEnd(text: string, at: number): number | undefined {
  const start = text[at] === ' ' ? at + 1 : at;
  const linked = wordEndAt(COPULA, text, start) ?? (text[start] === '—' || text[start] === '-' ? start + 1 : undefined);
  for (const from of linked === undefined ? [start] : [start, text[linked] === ' ' ? linked + 1 : linked]) {
    const end = wordEndAt(DIRECT_ROLE, text, from);
    if (end !== undefined && ROLE_ENDS.test(text.slice(end))) return end;
  }
  return undefined;
}

/** A direct purchase, not a role: "direct from Microsoft", «direct у Microsoft». */
function purchaseFollows(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  const after = wordEndAt(DIRECT_FROM, text, end + 1);
  return after !== undefined && (after === text.length || text[after] === ' ');
}

/**
 * The role said in English after the speaker's own "we" in a message in another language («мы
 * direct», "nós somos direct", "mi direct vagyunk", "我们是 direct"): the partner is direct.
 * Only where no lexicon read those words, and never a purchase made direct from someone.
 */
export function bareRoles(text: string, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): Span[] {
  const found: Span[] = [];
  for (const s of lexicons.flatMap((l) => matches(l.self, text))) {
    const end = bareDirectEnd(text, s.end);
    if (end === undefined || purchaseFollows(text, end)) continue;
    const span = { start: s.start, end };
    if (mentions.some((x) => x.start < span.end && x.end > span.start)) continue;
    if (!found.some((f) => f.start === span.start)) found.push(span);
  }
  return found;
}

/** How many words after a reseller the words saying it buys through us may begin ("T2 viszonteladó, rajtunk keresztül vásárol"). */
const THROUGH_US_REACH = 6;

/**
 * "Our reseller Oakline", «Сфера-Софт — наш непрямой реселлер», «они у нас непрямой реселлер»,
 * "我们的二级经销商", "nossa revenda indireta", "viszonteladónk" (`ourReseller`), and a reseller
 * that buys through us, said right after it ("T2 viszonteladó, rajtunk keresztül vásárol",
 * "间接经销商（通过我们拿货）", "que compra conosco": `throughUs`): a reseller of the writer's is
 * another party, and its role is not the writer's. It says nothing of the writer's own role
 * either: that is read only from the writer's words for it ("we as the distributor"). Said to
 * the reader ("como vocês são revenda nossa"), the reader is that reseller: left as it is.
 * Roles put to the reader as a choice in a question are dropped first (askedRole.ts).
 */
export function ourResellers(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  rolesAskedOfReader(text, mentions, lexicons);
  const ours = lexicons.flatMap((l) => matches(l.ourReseller, text));
  const through = lexicons.flatMap((l) => matches(l.throughUs, text));
  if (ours.length + through.length === 0) return;
  const addressed = lexicons.flatMap((l) => matches(l.addressee, text));
  for (const m of mentions) {
    if (m.option !== 'indirectReseller' || m.negated || m.question === undefined) continue;
    const { start, end } = sentenceOf(text, m.start);
    if (addressed.some((a) => a.start >= start && a.end <= end)) continue;
    // The words saying it buys through us may hold the role's own words ("a revenda X …, compra pela nossa distribuidora").
    const buysThroughUs = (t: Span): boolean => overlaps(t, m) || closeTo(text, m.end, t.start, THROUGH_US_REACH, /[.?;:!]/);
    if (ours.some((o) => overlaps(o, m)) || through.some(buysThroughUs)) m.question = undefined;
  }
}

/**
 * "Revenda Arco pediu ajuda", "revenda Info Max vai atender", "reseller Contoso takes it": a bare
 * reseller word followed by a name is that named company, another party, not the writer's role
 * (unless the writer's own words stand before it in its sentence: "somos revenda Microsoft").
 */
export function namedResellers(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], nameAfter: (end: number) => boolean): void {
  for (const m of mentions) {
    if (m.option !== 'indirectReseller' || m.negated || m.question === undefined || text.slice(m.start, m.end).includes(' ') || !nameAfter(m.end)) continue;
    const { start } = sentenceOf(text, m.start);
    // The writer's words already spent on another role between them and the name ("somos o distribuidor aqui, vai via revenda X") claim that one.
    const spent = (s: Span): boolean =>
      mentions.some((o) => o !== m && o.question === 'partnerType' && !o.negated && o.start >= s.end && o.end <= m.start && o.option !== m.option);
    if (!lexicons.some((l) => matches(l.self, text, start, m.start).some((s) => !spent(s)))) m.question = undefined;
  }
}

/** How many words before the name the writer's own words may end ("somos a Distribuidora Alfa"); a heading's "our invoice:" is no claim. */
const SELF_REACH = 3;

/**
 * "DISTRIBUIDORA ALFA DE SOFTWARE LTDA", "a Distribuidora Alfa", "Distributor Northwind": a
 * distributor word written with its capital and followed by a capitalised word is a company's
 * name, the one that sells to someone (an invoice's seller, a contract's other side), not the
 * writer's role; the writer's own words just before it keep it ("somos a Distribuidora
 * Alfa"). Written in small letters ("via distribuidor Ingram") it stays a role word.
 */
export function namedDistributors(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], capitalNamed: (m: Span) => boolean): void {
  for (const m of mentions) {
    if (m.option !== 'indirectProvider' || m.negated || m.question === undefined) continue;
    if (besideOwnReseller(text, m, mentions, lexicons)) m.question = undefined;
    if (m.question === undefined || text.slice(m.start, m.end).includes(' ') || !capitalNamed(m)) continue;
    const { start } = sentenceOf(text, m.start);
    const own = (s: Span): boolean => closeTo(text, s.end, m.start, SELF_REACH, /[.?;:!]/);
    if (!lexicons.some((l) => matches(l.self, text, start, m.start).some(own))) m.question = undefined;
  }
}

/** The clause a point stands in: between the marks that end clauses around it. */
function clauseOf(text: string, at: number): Span {
  const start = Math.max(...[',', '.', '?', ';'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const rest = text.slice(at).search(/[,.?;]/);
  return { start, end: rest < 0 ? text.length : at + rest };
}

/**
 * A distributor spoken of in a clause of its own beside the writer's own claim to be the reseller
 * ("we are the indirect reseller, the distributor is in Vienna"): the one the reseller buys through,
 * another party, not a second claim. Its clause must hold no words of the writer's, no correction
 * and no doubt ("…, or maybe the distributor" stays open).
 */
function besideOwnReseller(text: string, m: StructuredMention, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): boolean {
  const own = (r: StructuredMention): boolean => {
    const clause = clauseOf(text, r.start);
    return r.question === 'partnerType' && r.option === 'indirectReseller' && !r.negated && !r.hedged && r.end <= clause.end;
  };
  const claims = mentions
    .filter((r) => r.end <= m.start && own(r))
    .filter((r) => lexicons.some((l) => matches(l.self, text, clauseOf(text, r.start).start, clauseOf(text, r.start).end).length > 0));
  const clause = clauseOf(text, m.start);
  // Something is said of it in its clause: a bare role between commas is a field's value or an apposition ("nós, distribuidora, …").
  if (units(`${text.slice(clause.start, m.start)} ${text.slice(m.end, clause.end)}`.trim()) < 2) return false;
  if (m.hedged || claims.length === 0 || claims.some((r) => r.start >= clause.start && r.start < clause.end)) return false;
  // A correction since the claim before it takes the claim back ("we are a reseller, sorry, the distributor").
  const since = Math.min(clause.start, ...claims.map((r) => r.end));
  if (text[clause.end] === '?' || lexicons.some((l) => matches(l.corrections, text, since, clause.end).length > 0)) return false;
  return !lexicons.some((l) => [l.self, l.or, l.undecided].some((re) => matches(re, text, clause.start, clause.end).length > 0));
}
