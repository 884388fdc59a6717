// "Not directly from 21Vianet" («не напрямую у 21Vianet», "não direto da 21Vianet"): bought from 21Vianet
// directly is the 21Vianet option itself, so the "not" that takes the "directly" takes the seller named
// right after it too. The two words are read as two mentions ("directly", "from 21Vianet"): only a space
// may stand between them, so "not directly, but from 21Vianet's reseller" keeps its own reading.
import { NegatableMention } from './negation';

/** Negates a 21Vianet seller named right after a negated "directly". */
export function notDirectlyFrom(text: string, mentions: readonly NegatableMention[]): void {
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (m.question !== 'channel' || m.option !== 'microsoft' || !m.negated || next === undefined) continue;
    if (next.question === 'channel' && next.option === 'vianet' && /^\s?$/u.test(text.slice(m.end, next.start))) next.negated = true;
  }
}
