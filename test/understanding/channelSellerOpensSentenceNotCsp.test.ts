// "Hosting company sells it. Not a CSP.": a sentence of its own after the seller's is about that
// seller also when the seller's name is the first word of its sentence, or of the message: the
// seller is a third party.
import { checkKind } from './kindCheck';

describe('channel: a seller opening its sentence, then "Not a CSP."', () => {
  checkKind([
    ['en-US', 'Their Azure is billed monthly. Hosting company sells it. Not a CSP.', { channel: 'thirdParty', service: 'usage' }],
    ['en-US', 'Hosting company sells them Azure. Not a CSP.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
