// Ways of saying the customer pays Microsoft itself: the billing stays with Microsoft ("a
// cobrança continua com a Microsoft", "quem cobra continua sendo a Microsoft"), bought from
// Microsoft's sales team. Paid directly to Microsoft under the EA is the EA; "as coisas da
// Microsoft" bought from a hosting company is Microsoft's products, not where they were bought.
import { checkKind } from './kindCheck';

describe("channel: billed by Microsoft, in the customer's words", () => {
  checkKind([
    [
      'pt-BR',
      'Só querem suporte; a cobrança continua com a Microsoft. Exchange Online, 12 licenças.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Querem que a gente gerencie o Intune; quem cobra continua sendo a Microsoft.', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['pt-BR', 'O Azure eles contrataram direto com o time de vendas da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'O Azure é pago direto à Microsoft no EA, renovação em março.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure é pago direto à Microsoft com cartão.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Compram as coisas da Microsoft com um provedor de hospedagem que não é CSP. É Azure.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
