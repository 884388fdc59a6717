// The customer's word confirmed in writing corrects another party only for today: what it
// confirms about the past ("the customer confirmed by email that their former provider was a
// CSP", «клиент письменно подтвердил, что раньше …», "客户书面确认以前…") names a channel replaced
// since, so its channel words (`structure.confirmedPast`: from the past word, with the two words
// before it, "o parceiro anterior", to the end of its clause) state none; today's channel stands.
// Likewise the customer's past change of channel ("they moved to an EA in 2023", «перевели на MCA»,
// "他们 2023 年就转到 EA 了"; `structure.pastMove`: the moving verb, when its subject is not us and its
// destination a channel other than us) says where they buy today, not a goal: that verb states none.
import { StructuredMention, matches } from './structure';
import { structureWords } from './structureLists';

const CONFIRMED_PAST = structureWords('confirmedPast');

const PAST_MOVE = structureWords('pastMove');

export function confirmedPast(text: string, mentions: StructuredMention[]): void {
  for (const c of matches(CONFIRMED_PAST, text)) {
    for (const m of mentions) {
      if (m.question !== 'channel' || m.start < c.start || m.end > c.end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
  for (const c of matches(PAST_MOVE, text)) {
    for (const m of mentions) {
      if (m.question !== 'goal' || m.option !== 'move' || m.start < c.start || m.end > c.end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
