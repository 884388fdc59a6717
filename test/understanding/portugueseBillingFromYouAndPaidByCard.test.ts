// Portuguese ways to say who bills and what a caption misheard: the "faturação" (Portugal's
// word) passed to us and an invoice that should "vir de vocês" are a move; still paying Microsoft
// by card is a purchase from Microsoft; "ajur", the way speech recognition writes Azure, is Azure.
import { checkKind } from './kindCheck';

describe('Portuguese: billing that comes from us, Microsoft paid by card, "ajur"', () => {
  checkKind([
    [
      'pt-BR',
      'Somos revendedores indirectos. A empresa quer passar a facturação do Office 365 para nós em março.',
      { service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      'O diretor quer que a fatura venha de vocês; hoje o Microsoft 365 vem de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'A gente segue pagando a Microsoft com cartão pelas licenças do Teams, só queremos suporte.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'o ajur da construtora roda num contrato enterprise faz anos', { channel: 'ea', service: 'usage' }],
  ]);
});
