// Portuguese words that settle what was said before: a status that "substitui o anterior"
// corrects the earlier one; "o cliente confirmou" after a guess states it; "deste último"
// answers an either/or with its second option; a local reseller "fora do CSP" is a third party.
import { checkKind } from './kindCheck';

describe('Portuguese: a status that replaces the last, a guess the customer confirmed', () => {
  checkKind([
    [
      'pt-BR',
      'Situação em maio: Dynamics 365 num Open Value. Situação em julho, substitui a anterior: compraram de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['pt-BR', 'Parece que o Azure da loja está num EA. O cliente confirmou.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Acho que o Azure da loja está num EA. Sim, ela confirmou.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Pergunta: o Exchange Online veio do Open ou do EA? Resposta: deste último.', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'O Microsoft 365 da clínica foi comprado numa revenda pequena fora do CSP; querem suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
