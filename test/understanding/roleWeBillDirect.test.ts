// Portuguese: "a gente é CSP, fatura direto" (we bill directly) is the direct-bill role, as
// "faturamos direto com a Microsoft" is; billing the customer directly ("fatura direto pro
// cliente") says nothing of the role.
import { checkKind } from './kindCheck';

describe('role: we bill directly is direct bill', () => {
  checkKind([
    ['pt-BR', 'Nós hoje somos CSP, faturamos direto. O Azure do cliente é do EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'A gente fatura diretamente, partner center global. Office 365 comprado no site da Microsoft.',
      { cloud: 'global', channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    ['pt-BR', 'A gente fatura direto pro cliente o Office 365 que vem pela Ingram.', { service: 'license' }],
  ]);
});

describe('role: "a gente fatura direto com a Microsoft" is our role, not the customer channel', () => {
  checkKind([
    [
      'pt-BR',
      'A gente fatura direto com a Microsoft; o Exchange Online deles veio de um parceiro de syndication.',
      { channel: 'syndication', service: 'license', partnerType: 'direct' },
    ],
    ['pt-BR', 'O cliente fatura direto com a Microsoft o Office 365.', { channel: 'microsoft', service: 'license' }],
  ]);
});
