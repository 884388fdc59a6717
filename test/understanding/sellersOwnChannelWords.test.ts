// A customer's own words for where it buys: paying by card straight in Microsoft's admin centre
// is Microsoft; the big three-year agreement signed with Microsoft is an Enterprise Agreement (a
// true-up alone is not: an MPSA has one too); in China, an ordinary local software dealer (not an
// Advisor, not 21Vianet) is another seller.
import { checkKind } from './kindCheck';

describe("a seller's own words for its channel", () => {
  checkKind([
    ['en-US', 'They pay for Exchange Online on a company Visa right in the MS admin center, no reseller at all.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Exchange Online оплачивают картой прямо в центре администрирования, без всяких партнёров.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'az ugyfel exchange online-t hasznal, bankkartyaval fizetik kozvetlen a microsoftnak', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Their Visio seats sit on the three year agreement they signed with Microsoft.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O Visio deles está naquele contrato de três anos com a Microsoft, com os ajustes anuais.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'A Visio licencek a Microsofttal kötött nagy hároméves szerződésben vannak, évente van elszámolás.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Visio у них по трёхлетнему соглашению с Microsoft, с ежегодной сверкой.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '他们的 Visio 是和微软签的三年期协议。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '在上海，他们是通过一家普通电脑代理商买的世纪互联版 Exchange Online，不是 Advisor。', { cloud: 'china', channel: 'other', service: 'license' }],
    [
      'hu-HU',
      'A sanghaji irodájuk egy helyi szoftverkereskedőtől vette a 21Vianet által üzemeltetett Microsoft 365 előfizetést, nem közvetlenül a 21Vianettől.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
  ]);
});
