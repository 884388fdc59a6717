// A yes takes back the "not" said just before it only when it opens its clause, names no answer
// of its own, goes on to no doubt, and no answer to the same question was said between: where
// each of these fails, the denied answer stays denied (and a question after the yes asks nothing
// back about it).
import { checkKind } from './kindCheck';

describe('negation: where a yes takes the "not" back, and where it does not', () => {
  checkKind([
    // A phrase that answers nothing after the yes leaves it a plain yes.
    ['en-US', 'Not through an EA... wait, yes, it was, our managed services too. Azure.', { channel: 'ea', service: 'usage' }],
    // A doubt after it, said after its words ("I think"), leaves EA unread.
    ['en-US', 'Not through an EA... wait, yes, it was, I think. Azure.', { service: 'usage' }],
    // A yes inside a clause, not opening it, takes nothing back.
    ['en-US', 'Not through an EA wait yes it was. Azure.', { service: 'usage' }],
    // A message ending on the yes's own words.
    ['en-US', 'Not an EA. Well, yes, it is', { channel: 'ea' }],
    // The yes names an answer of its own: it is about that one.
    ['en-US', 'Not through an EA. Actually, yes, it is Azure.', { service: 'usage' }],
    // A yes after other words of its sentence looks in that sentence only.
    ['en-US', 'Not through an EA. Azure only, well, yes, it is.', { service: 'usage' }],
    // A yes opening its sentence looks back one sentence, not two.
    ['en-US', 'Not through an EA. Azure. Well, yes, it was.', { service: 'usage' }],
    // A "not" said after the yes is not what it takes back.
    ['en-US', 'Not through an EA. Wait, yes, it was. Not Open Value.', { channel: 'ea' }],
    // The question answered since ("not EA but Open"): the yes is about Open.
    ['en-US', 'Not an EA but Open Value. Well, yes, it is. Azure.', { channel: 'open', service: 'usage' }],
    ['hu-HU', 'Nem EA-n, hanem Openen vették. Illetve de, az. Azure.', { channel: 'open', service: 'usage' }],
    // Open said before the "not", or after the yes: EA is stated besides, two answers asked about.
    ['en-US', 'Open Value. Not an EA. Well, yes, it was. Azure.', { service: 'usage' }, ['channel']],
    ['en-US', 'Not through an EA. Well, yes, it was. Open Value too. Azure.', { service: 'usage' }, ['channel']],
    // A question asked after the yes, about something else.
    ['en-US', 'Not through an EA. Well, yes, it was. Which Azure plan?', { channel: 'ea', service: 'usage' }],
  ]);
});
