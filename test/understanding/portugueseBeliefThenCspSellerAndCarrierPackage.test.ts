// Portuguese words for the customer's seller: a belief held before a "mas" ("a gente achava que
// era…, mas…") is what was thought, not what is; a CSP named as the customer's seller ("é uma
// revenda CSP", "pagava … a um parceiro CSP", "via CSP da X", "o CSP deles") is another CSP; a
// carrier's package said not to be CSP ("por uma operadora (pacote X, não CSP)") is a third party.
import { checkKind } from './kindCheck';

describe('Portuguese: a belief then the seller, a CSP named as the seller, a carrier package not CSP', () => {
  checkKind([
    [
      'pt-BR',
      'Eu achava que o Exchange Online deles era Open, mas o financeiro mostrou o boleto: é uma revenda CSP de Campinas.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'A gente pensava que era numa loja de informática, mas a nota diz outra coisa: é um parceiro CSP, a Alfa Nuvem. Querem suporte do Microsoft 365.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'A escola pagava o Microsoft 365 em reais a um parceiro CSP de Recife e agora quer trazer tudo pra gente.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Cliente com Azure via CSP da SoftNuvem, três assinaturas.', { channel: 'otherCsp', service: 'usage' }],
    [
      'pt-BR',
      'Eles pagam o Office 365 E3 pra Beta Sistemas (o CSP deles) e querem que a gente cuide só do suporte.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'As licenças do Microsoft 365 Business Basic vieram por uma operadora (plano Empresa Total, não é CSP). Querem só suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Nós somos uma revenda CSP e compramos pela Ingram. O Exchange Online do cliente é EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe("Portuguese: the partner saying it is, or will be, the customer's CSP", () => {
  checkKind([
    ['pt-BR', 'A gente virou o CSP deles no mês passado; o Exchange Online é com a gente.', { service: 'license' }],
    ['pt-BR', 'Querem que a gente seja uma revenda CSP pra eles: hoje o Azure é EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
