// A seller named as its sentence's subject and said not to be a CSP, with what it is after the
// comma ("Brightside isn't a CSP partner; it's just a hosting company"), is a third party, as
// "they're not a CSP, just a hosting company" was; said of "we", it is not.
import { checkKind } from './kindCheck';

describe('channel: a named seller, the subject, not a CSP but a hosting company', () => {
  checkKind([
    [
      'en-US',
      "Their Exchange Online is billed by Brightside. Brightside isn't a CSP partner; it's just a hosting company.",
      { channel: 'thirdParty', service: 'license' },
    ],
    ['en-US', "Harwick isn't a CSP, it's a web hosting company. Their Azure came from them.", { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'O Azure deles vem da Hostnet. Hostnet não é CSP, é só uma empresa de hospedagem.', { channel: 'thirdParty', service: 'usage' }],
    ['en-US', "We aren't a CSP partner, it's just a hosting company. Their Azure came from them.", { service: 'usage' }],
  ]);
});
