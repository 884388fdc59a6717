// A one-line note opened by a label and a name ("Customer: Alder Creek Dental. …") is a field, not
// a speaker's turn: its statements state the case even when it ends in the partner's own question.
// A label opening a question alone is still a question quoted from the call.
import { checkKind } from './kindCheck';

describe('kind: thread guard, "Customer: <name>." then statements and a question is a note', () => {
  checkKind([
    [
      'en-US',
      'Customer: Maple Grove Pediatrics. They have Microsoft 365 Business Standard from another CSP partner and we are direct bill. Can we move them over?',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'Cliente: Padaria Boa Vista. Eles têm Azure comprado de outro parceiro CSP. Podemos assumir o Azure deles?',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['en-US', 'Agent: do they have their Azure on an EA?', {}],
  ]);
});
