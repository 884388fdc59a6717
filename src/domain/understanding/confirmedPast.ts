// The customer's word confirmed in writing corrects another party only for today: what it
// confirms about the past ("the customer confirmed by email that their former provider was a
// CSP", «клиент письменно подтвердил, что раньше …», "客户书面确认以前…") names a channel replaced
// since, so its channel words (`structure.confirmedPast`: from the past word, with the two words
// before it, "o parceiro anterior", to the end of its clause) state none; today's channel stands.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention, matches } from './structure';

const CONFIRMED_PAST = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.confirmedPast ?? []),
  'structure.confirmedPast',
);

export function confirmedPast(text: string, mentions: StructuredMention[]): void {
  for (const c of matches(CONFIRMED_PAST, text)) {
    for (const m of mentions) {
      if (m.question !== 'channel' || m.start < c.start || m.end > c.end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
