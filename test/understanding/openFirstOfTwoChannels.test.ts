// "Open or EA?" at the head of a message: a capitalised "Open" with no word before it is usually
// the verb ("Open a ticket"), so it took no channel and EA alone was read, a value nobody stated.
// At a sentence's start, before "or" and another channel's name, it is the program: the two stay
// asked, or a reference ("the first one") picks one. Inside a sentence the capital decides, as
// before (programmeName.test.ts).
import { checkKind } from './kindCheck';

describe('Open named first of two channels', () => {
  checkKind([
    ['en-US', 'Open or EA? Nobody on the call could say.', {}, ['channel']],
    ['en-US', 'Open or Enterprise Agreement, still waiting on their procurement team.', {}, ['channel']],
    ['en-US', 'Open vs direct from Microsoft, the invoice is unclear. Project for the web.', { service: 'license' }, ['channel']],
    ['en-US', 'Open or EA - I asked and she said the first one. Visio seats.', { channel: 'open', service: 'license' }],
    ['en-US', 'Is the case still open or closed? They buy Visio under an EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Open or closed, the ticket stays with us. Azure under an EA.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Billing questions. Open or EA? Still unclear for their Visio.', {}, ['channel']],
  ]);
});
