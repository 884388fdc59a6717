// Scottish English "nae" is "no" before a goal's word ("look after it, nae migration"): the move
// it names is set aside as "no migration" is. "Nae bother" before a channel changes nothing.
import { checkKind } from './kindCheck';

describe('Scottish nae as a negation', () => {
  checkKind([
    ['en-US', 'Just keep the lights on for their Exchange Online, nae transfer, they were clear.', { service: 'license', goal: 'support' }],
    ['en-US', 'They want us looking after it, nae migration.', { goal: 'support' }],
    ['en-US', 'Nae bother, the Visio is on an EA anyway.', { channel: 'ea', service: 'license' }],
  ]);
});
