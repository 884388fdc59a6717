// Portuguese words: "passar o bastão do faturamento … pra gente" and "passar a pagar com vocês" ask
// to move; bought in the admin center ("centro de administração") paying by card is a purchase
// from Microsoft; "o contrato Enterprise de três anos direto com a Microsoft" stays the EA.
import { checkKind } from './kindCheck';

describe('Portuguese words: the baton of billing, the admin center by card, the Enterprise contract signed direct', () => {
  checkKind([
    ['pt-BR', 'Eles querem passar o bastão da cobrança do Power BI Pro para nós.', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Compraram o Visio numa loja de informática e agora querem passar a pagar com a gente.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'O Exchange Online foi assinado pelo centro de administração, pago com o cartão do dono.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Fecharam o contrato Enterprise direto com a Microsoft e o Azure entrou nele.', { channel: 'ea', service: 'usage' }],
    // The baton passed to someone else is no move to us.
    ['pt-BR', 'Passaram o bastão da cobrança do Visio para a revenda antiga.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
