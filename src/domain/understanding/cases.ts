// Which case a mention is about: another customer or the parent company named in passing speaks
// of that case, not of this one (split from parties.ts, which decides whose a role is).
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';
import { sentenceOf } from './text';
import { itemScope } from './itemScope';
import { tenantScope } from './tenantScope';

/**
 * "Unlike last week's customer, who was on an EA, this one bought from Microsoft", "the parent
 * company is on an EA, but this customer itself…": another customer or the parent company named
 * in passing, with its cloud, channel, service or goal, answers nothing of this case. A mention
 * after such words in their sentence, before a word for this case ("this one", «этот клиент»,
 * "这个客户", "esse aqui", "ez az ügyfél"), loses its question. Roles are the partner's (and
 * `attributeRoles` decides them). A clause opened by "who" and closed by such words ("who handles
 * the contract with Microsoft is the parent company", "quem cuida do contrato … é a matriz") is
 * theirs too. `asides` gives the brackets and list items of the message.
 */
export function otherCases(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], asides: () => readonly Span[] = () => []): void {
  tenantScope(text, mentions);
  itemScope(text, mentions, asides);
  const named = lexicons.flatMap((l) => matches(l.otherCase, text));
  if (named.length === 0) return;
  // Brackets and list items, found only for a message that names another case.
  const brackets = asides();
  const back = lexicons.flatMap((l) => matches(l.thisCase, text));
  const who = lexicons.flatMap((l) => matches(l.whoever, text));
  const openers = lexicons.flatMap((l) => matches(l.openers, text));
  const joins = lexicons.flatMap((l) => matches(l.and, text));
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (const o of named) {
    const s = sentenceOf(text, o.start);
    // "Who handles the contract with Microsoft is the parent company": the clause before it is theirs.
    // Chinese may close with the possessive ("EA 是母公司的": the EA is the parent company's), English
    // with "'s"; a word joining the next clause closes it too ("the EA is the parent's and they…").
    // A name in brackets may stand between the word and its possessive ("另一个客户（华信制造）的": the
    // prepared text keeps the closing bracket as a comma, and no comma else comes right before 的).
    const closes = /^( ?[^,.?;]{1,20},(?=的))?( s)? ?(的 ?)?([,.?;]|$)/.test(text.slice(o.end)) || joins.some((j) => j.start === o.end + 1);
    // Not a relative clause set off by commas ("the customer, who bought via EA, is owned by the
    // parent company"): that clause is about the noun before it; the parent company governs its own clause.
    // An opening word's comma ("By the way, who bought via EA, that's the parent company"), or one
    // left of a filler the spoken forms dropped («Ну, кто…»), follows no noun.
    // (The prepared text has no `;` and spaces only single ones: only the comma counts.)
    const opened = (x: Span): boolean =>
      [s.start, ...openers.filter((p) => text.slice(s.start, p.start).trim() === '').map((p) => p.end)].some((at) => text.slice(at, x.start).trim() === ',');
    const relative = (x: Span): boolean => text.slice(s.start, x.start).trimEnd().endsWith(',') && text.slice(x.end, o.start).includes(',') && !opened(x);
    // The nearest one before the word: "走的是 MPSA，EA 是总部签的" closes only its own clause.
    const w = who.filter((x) => x.start >= s.start && x.end <= o.start && text.slice(x.end, o.start).split(',').length <= 2 && !relative(x)).pop();
    // From the start of the clause the word is in: Chinese says it last ("通过EA买的是母公司").
    const from = w === undefined ? 0 : Math.max(s.start, text.lastIndexOf(',', w.start) + 1);
    if (closes && w !== undefined) {
      for (const m of mentions) if (m.question !== undefined && m.question !== 'partnerType' && m.start >= from && m.end <= o.start) m.question = undefined;
      // The clause it closes was theirs; the next one in the sentence ("…的是集团本身，X 公司的 E3 …") speaks again of this case.
      if (/^( ?[^,.?;]{1,20},(?=的))? ?(的 ?)?,/.test(text.slice(o.end))) continue;
    }
    // Named inside brackets ("the branch (parent company in the US) wants…") or a list item, it speaks only up to their close.
    const aside = brackets.filter((b) => b.start <= o.start && o.end <= b.end).map((b) => b.end);
    // Named in the first of two options ("either on the parent's EA or bought through…"), it speaks only up to the "or".
    const either = ors.some((x) => x.start >= s.start && x.end <= o.start) ? ors.filter((x) => x.start >= o.end).map((x) => x.start) : [];
    const end = Math.min(s.end, ...aside, ...either, ...back.filter((b) => b.start >= o.end).map((b) => b.start));
    // "The parent buys Azure from Microsoft, the subsidiary though through MPSA": this case's words
    // name a channel and no product, the product said once for both.
    const own = back.some((b) => b.start === end) ? mentions.filter((m) => m.question !== undefined && m.start >= end && m.end <= s.end) : [];
    const shared = own.some((m) => m.question === 'channel') && !own.some((m) => m.question === 'service');
    for (const m of mentions) {
      if (m.question === undefined || m.question === 'partnerType' || (shared && m.question === 'service')) continue;
      if (m.start >= o.start && m.end <= end) m.question = undefined;
    }
  }
}

/**
 * «По этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным», "for this
 * customer we resell through a distributor, we're T1 only on the big accounts": a role said in a
 * clause that names this case is this case's; another role in its sentence, with no correction
 * or "or" between them («то ли прямой, то ли реселлер»), is the role for other customers, or the
 * general one: the words said for this customer are the evidence.
 */
export function caseRoles(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[], corrections: readonly Span[]): void {
  const here = lexicons.flatMap((l) => matches(l.thisCase, text));
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  const clauseStart = (at: number): number => Math.max(...[',', '.', '?', ';', ':'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  // Not a role said of another party in that clause ("这个客户挂在分销商下面": the customer's distributor):
  // the nearest party word before it is another's, not "we" (as attributeRoles decides; no word at all is -Infinity).
  const last = (key: 'self' | 'others', from: number, to: number): number =>
    Math.max(...lexicons.flatMap((l) => matches(l[key], text, from, to)).map((s) => s.start));
  const theirs = (m: Span): boolean => last('others', clauseStart(m.start), m.start) > last('self', clauseStart(m.start), m.end);
  const named = roles.filter((m) => here.some((h) => h.start >= clauseStart(m.start) && h.end <= m.start) && !theirs(m));
  // The "or" words matter only between roles, once a role is said for this case: most messages name none.
  let between: Span[] | undefined;
  for (const n of named) {
    between ??= [...corrections, ...lexicons.flatMap((l) => matches(l.or, text))];
    const s = sentenceOf(text, n.start);
    for (const m of roles) {
      const [from, to] = [Math.min(m.start, n.start), Math.max(m.start, n.start)];
      // The same role said surely is kept when this case's words doubt it ("we buy through Ingram on this one so I guess our distributor…").
      if (
        named.includes(m) ||
        (m.option === n.option && n.hedged && !m.hedged) ||
        m.start < s.start ||
        m.end > s.end ||
        between.some((c) => c.start >= from && c.end <= to)
      )
        continue;
      m.question = undefined;
    }
  }
}
