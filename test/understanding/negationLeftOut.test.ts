// Kind "negation", said after the product: "o Microsoft 365 fica de fora", "fica fora disso"
// leave that product out of the case as "not Microsoft 365" does. Read as said, the product left
// out stood beside the one the message is about: a question on the service, and a goal read for
// usage-based Azure from the product it no longer concerns.
import { checkKind } from './kindCheck';

describe('kind: a product that "stays out of it" is ruled out', () => {
  checkKind([
    ['pt-BR', 'O Azure deles é do EA. O Microsoft 365 fica fora disso, ninguém vai mexer nele.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Querem trazer o Azure do EA pra gente e o Microsoft 365 fica de fora.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Office 365 fica de fora por enquanto; o assunto é o Azure pago com cartão no site da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'O Dynamics 365 está fora do escopo, só querem que a gente administre o Microsoft 365 que veio pelo Open.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    // Not a product left out: a place, so the product stays.
    ['pt-BR', 'O escritório fica fora de São Paulo, mas o Microsoft 365 deles veio de um EA.', { channel: 'ea', service: 'license' }],
  ]);
});
