// A seller the reader cannot place, offered as the other of two options.
import { CompiledLexicon } from './compile';
import { readOver } from './negation';
import { Span, StructuredMention, matches, referenceAfter } from './structure';
import { closeTo, sentenceOf } from './text';

/** How many words may stand between a read channel and the "or" after it (its how too: "on azure.com with a card or"). */
const CHANNEL_TO_OR = 4;
/** How many words may stand between the "or" and the seller ("or from the web hosting company"). */
const OR_TO_SELLER = 3;

/**
 * "They can't tell whether they bought it from a syndication partner or from the web hosting
 * company that built their site", «у синдикационного партнёра или у хостинг-провайдера»: one
 * option is read, the other is a seller of unknown kind (a hosting company, a reseller, a shop may
 * or may not be a CSP partner). The speaker left two options open and the reader can place one, so
 * that one is asked about by name (hedged), never taken as the answer; a later plain answer to the
 * channel still decides. The other way round too ("a hosting company or syndication").
 */
export function sellerAlternatives(text: string, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  if (ors.length === 0) return;
  const channels = mentions.filter((m) => m.question === 'channel' && !m.negated);
  // A channel read on the seller's side too ("a hosting company (not a CSP)", "a CSP reseller") makes
  // two answers, which are asked about as they are: hedging the other one changes nothing there.
  const sellers = lexicons.flatMap((l) => matches(l.seller, text));
  for (const o of ors) {
    // A comma between the seller and the "or" after it ("the hosting company that built their site, or some other CSP partner") is no stop.
    const orAt = o.start - (/ ?, ?$/.exec(text.slice(0, o.start))?.[0].length ?? 0);
    const after: Span | undefined = sellers.find((s) => closeTo(text, o.end, s.start, OR_TO_SELLER));
    const before: Span | undefined = sellers.find((s) => closeTo(text, s.end, orAt, CHANNEL_TO_OR));
    const read = after
      ? channels.filter((m) => closeTo(text, m.end, o.start, CHANNEL_TO_OR))
      : before
        ? channels.filter((m) => closeTo(text, o.end, m.start, OR_TO_SELLER))
        : [];
    if (read.length === 0) continue;
    // A reference after both options ("the first one", «второе», "o primeiro") settles it: the
    // option read is kept, or set aside when the reference names the seller (still unplaced: asked).
    const from = Math.max((after ?? before)!.end, ...read.map((m) => m.end));
    const ref = referenceAfter(text, from, lexicons);
    for (const m of read) {
      if (ref === undefined) m.hedged = true;
      // The read option is the first when the seller comes after it.
      else if ((ref.kept === 'first') !== (after !== undefined)) Object.assign(m, { question: undefined, implies: [] });
    }
  }
}

/**
 * "The customer says they bought it from 21Vianet directly, but finance says through some reseller;
 * it hasn't been squared yet": a read channel, then a contrast and a seller of unknown kind, in one
 * sentence that ends saying, in a clause of its own, that the case is undecided, are two answers
 * left open (also when the "but" opens a sentence of its own). The read one is asked about by
 * name. (A seller in the undecided clause itself, "but the reseller hasn't decided whether to
 * move", is only who speaks.)
 */
export function sellerUndecided(text: string, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const sellers = lexicons.flatMap((l) => matches(l.seller, text)).filter((s) => !readOver(s, mentions));
  const contrasts = lexicons.flatMap((l) => matches(l.doubtContrast, text));
  for (const u of lexicons.flatMap((l) => matches(l.undecided, text))) {
    // An undecided clause opening the next sentence ("…from some reseller. Can't tell which yet") closes this one,
    // and a sentence opening with the contrast ("Bought from Microsoft. But finance says…") goes on from the one before.
    // (Only right after the seller: "but the reseller wants us to support it. Not decided yet" is about the goal.)
    const own = sentenceOf(text, u.start, u.end).start;
    const opens = contrasts.some((c) => c.start === own + /^ */.exec(text.slice(own))![0].length);
    const start = own > 0 && (opens || /^ ?$/.test(text.slice(own, u.start))) ? sentenceOf(text, own - 1).start : own;
    const said = (s: Span): boolean => !mentions.some((m) => m.question !== undefined && m.start >= s.end && m.end <= own);
    const against = (m: StructuredMention): boolean =>
      contrasts.some(
        (c) => c.start >= m.end && sellers.some((s) => s.start >= c.end && s.end <= u.start && /[,;.]/.test(text.slice(s.end, u.start)) && said(s)),
      );
    for (const m of mentions)
      if (m.question === 'channel' && m.option !== 'other' && !m.negated && m.start >= start && m.end <= u.start && against(m)) m.hedged = true;
  }
}
