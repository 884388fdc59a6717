// Words quoted from the customer ("Forwarding the customer's mail: «we bought our licences from our
// reseller, X, who is a CSP partner»") speak in the customer's voice: its "our reseller" is its own
// seller, and a purchase from a party the same sentence says is a CSP is bought from another CSP.
import { isValidOption } from '../questions';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import type { Understanding } from './result';
import { matches } from './structure';
import { prepare, sentenceOf, units } from './text';

const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/gu;
const list = (words: (l: (typeof LEXICONS)[number]) => readonly string[] | undefined, where: string): RegExp =>
  compilePatterns(
    LEXICONS.flatMap((l) => words(l) ?? []),
    where,
  );
const PURCHASE = list((l) => l.structure?.purchase, 'structure.purchase');
/** The party bought from: a word for a seller, or the word that says from whom ("from", «у», "从"). */
const PARTY = list((l) => [...(l.structure?.seller ?? []), ...(l.structure?.supplier ?? [])], 'structure.seller');
const NEGATION = list((l) => l.negation?.before, 'negation.before');
/** How a question is asked without its mark («являются ли они…», "whether"): a sentence asking whether the party is a CSP says nothing. */
const ASKS = list((l) => l.transcript?.asks, 'transcript.asks');
/** How many words may stand between the party and "CSP" ("from our reseller, Greenfield Tech, who is a CSP"). */
const PARTY_TO_CSP = 10;

/** The quoted words' reading, with the channel of a purchase from a party said to be a CSP when they state none. */
export function quotedSeller(reading: Understanding, words: string): Understanding {
  const open = reading.answers.channel === undefined && !reading.conflicts.includes('channel') && reading.hedged?.channel === undefined;
  if (!open || reading.negated.includes('channel') || reading.answers.partnerType !== undefined || !isValidOption('channel', 'otherCsp', reading.answers))
    return reading;
  const { text, origin } = prepare(words);
  for (const c of matches(CSP, text)) {
    const { start, end } = sentenceOf(text, c.start, c.end);
    if (matches(PURCHASE, text, start, end).length === 0 || matches(ASKS, text, start, end).length > 0 || /\?/u.test(text.slice(start, end + 1))) continue;
    const party = matches(PARTY, text, start, c.start).find((p) => units(text.slice(p.end, c.start).trim()) <= PARTY_TO_CSP);
    if (party === undefined || matches(NEGATION, text, party.start, c.start).length > 0) continue;
    const evidence = words.slice(origin[party.start], origin[c.end - 1]! + 1);
    return { ...reading, answers: { ...reading.answers, channel: 'otherCsp' }, evidence: { ...reading.evidence, channel: evidence } };
  }
  return reading;
}
