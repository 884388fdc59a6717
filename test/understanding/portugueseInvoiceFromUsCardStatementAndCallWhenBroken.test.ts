// Portuguese words: the invoice to come from us ("a nota fiscal das licenças … venha da gente",
// our reseller "o passe a facturar"), Microsoft's charge on a card ("a cobrança da Microsoft no
// cartão", "MSFT" on the card statement), a call when something breaks ("quando quebrar, ligam pra
// gente") as support, and 21Vianet then "comprou direto deles" without a comma between.
import { checkKind } from './kindCheck';

describe('Portuguese: invoice from us, Microsoft on the card, a call when it breaks, bought from 21Vianet', () => {
  checkKind([
    [
      'pt-BR',
      'O pessoal da padaria quer que a nota fiscal do Microsoft 365 Business Basic venha da gente a partir de julho.',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O cliente em Coimbra quer que o nosso parceiro, a Beira TI, o passe a facturar já no próximo mês. Compraram o Microsoft 365 directamente à Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Pediram pra cancelar a cobrança da Microsoft no cartão e trazer o Exchange Online pra gente.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Na fatura do cartão vem todo mês a linha "MSFT*M365 BUS PREM"; são 20 licenças do Microsoft 365 Business Premium.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Se der problema, chamam a gente; o Office 365 E1 continua no Open Value deles.', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'o cliente tá no vinte e um via net lá em xangai comprou direto deles o azure umas três assinaturas',
      { cloud: 'china', channel: 'vianet', service: 'usage' },
    ],
  ]);
});
