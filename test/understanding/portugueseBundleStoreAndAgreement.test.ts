// Portuguese words for where a product came from and what a customer asks: the Microsoft Customer
// Agreement signed directly ("no Contrato de Cliente da Microsoft, direto") is a purchase from
// Microsoft; mail that came along with a site's hosting at GoDaddy is syndication (the bare
// hosting stays no seller); an online or virtual shop is a third party unless it is Microsoft's;
// "comprou direto deles" after 21Vianet points back to it; "deem uma olhada" asks for support.
import { checkKind } from './kindCheck';

describe('Portuguese: customer agreement, hosting bundle, online shop, 21Vianet pointed back to', () => {
  checkKind([
    ['pt-BR', 'Eles assinaram tudo pelo Contrato de Cliente da Microsoft, direto, e usam o Microsoft 365 E5.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'As caixas do Exchange Online vieram junto com a hospedagem do domínio na GoDaddy.', { channel: 'syndication', service: 'license' }],
    ['pt-BR', 'O Office 365 deles é cobrado pela loja virtual onde fizeram o pedido.', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'A empresa é cliente da 21Vianet, contratou direto com ela o Office 365 no ano passado.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['pt-BR', 'O diretor pediu que vocês deem uma olhada nas licenças do Microsoft 365 de vez em quando.', { service: 'license', goal: 'support' }],
  ]);
});
