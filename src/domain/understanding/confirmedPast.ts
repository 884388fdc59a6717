// The customer's word confirmed in writing corrects another party only for today: what it
// confirms about the past ("the customer confirmed by email that their former provider was a
// CSP", «клиент письменно подтвердил, что раньше …», "客户书面确认以前…") names a channel replaced
// since, so its channel words (`structure.confirmedPast`, to the end of the clause) state none.
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
