// The goal in a customer's own Portuguese words: looking after everything including the billing,
// the billing changed over to us ("p/ vocês"), paying us directly, becoming their supplier,
// holding the fort ("segurar as pontas"); a wish of our distributor is not the customer's.
import { checkKind } from './kindCheck';

describe('The goal in Portuguese own words about billing and looking after', () => {
  checkKind([
    [
      'pt-BR',
      'Compraram o Office 365 pelo Open. Pedem que a gente cuide de tudo, inclusive da cobrança.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Office 365 E1 comprado direto da Microsoft; querem trocar o faturamento p/ vocês.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['pt-BR', 'M365 comprado numa loja; agora querem pagar direto pra gente.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['pt-BR', "Dynamics 365 pelo EA. Querem que a gente 'vire o fornecedor' deles.", { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'Microsoft 365 pelo Open, e o cliente quer só alguém pra segurar as pontas.', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Nosso distribuidor quer que a gente migre a cobrança, mas o cliente só quer suporte no Office 365.',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});
