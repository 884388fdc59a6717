// A turn under a label naming another party's case ("– anyacég (Bécs): EA-n van, de a magyar cég
// nincs benne", "parent company: on an EA"): in a list read as turns, the label is no speaker but
// whose words follow. Kept before the turn's text, it lets the reader set those words aside as
// another case's, as it does when the same words are written in a sentence.
import { prepare } from './text';
import { structureWords } from './structureLists';

const OTHER_CASE = structureWords('otherCase');

/** The turn's text, led by its label when the label names another case (the parent company, a sister company). */
export function partyLabel(name: string, text: string): string {
  OTHER_CASE.lastIndex = 0;
  return OTHER_CASE.test(prepare(name).text) ? `${name}: ${text}` : text;
}
