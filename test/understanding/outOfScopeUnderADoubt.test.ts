// A product set out of scope leaves the other kind of service only when it is said as a fact: under
// a doubt ("whether … is unclear", "not sure if …") or as a question, nothing is set aside and the
// service stays asked.
import { checkKind } from './kindCheck';

describe('a product set out of scope under a doubt sets nothing aside', () => {
  checkKind([
    [
      'en-US',
      'The customer has Microsoft 365 and Azure. Whether the Azure part is out of scope is still unclear. They are on an EA.',
      { channel: 'ea' },
      ['service'],
    ],
    ['en-US', 'The customer has Microsoft 365 and Azure. Is the Azure sub out of scope? They are on an EA.', { channel: 'ea' }, ['service']],
    // Near miss: said as a fact, the other kind is the case's.
    ['en-US', 'The customer has Microsoft 365 and Azure; the Azure sub is out of scope. They are on an EA.', { channel: 'ea', service: 'license' }],
  ]);
});
