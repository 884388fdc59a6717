// A seller said not to be a CSP in a sentence of its own, opened by two words that name it again
// ("Essa empresa não é parceira CSP", "They're not a CSP partner"), is a third party, as one
// opened by a single word was; and "a empresa que hospeda o site" is a seller, as "a empresa de
// hospedagem" is.
import { checkKind } from './kindCheck';

describe('a seller named again before "not a CSP" is a third party', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças do Microsoft 365 vieram da empresa de hospedagem. Essa empresa não é parceira CSP, confirmei.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'pt-BR',
      'Compraram o Exchange Online com a firma que hospeda o site deles. A firma não é parceira CSP. Querem só suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['en-US', "Our Office 365 seats came with the hosting company. They're not a CSP partner, I checked.", { channel: 'thirdParty', service: 'license' }],
  ]);
});
