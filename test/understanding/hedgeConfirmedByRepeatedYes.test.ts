// Spoken forms: a role said under a doubt and then confirmed by a repeated yes ("a distributor I
// think yes yes an indirect provider", «вроде как непрямой поставщик ну да точно непрямой провайдер»,
// "分销商吧 对对 就是间接提供商", "acho que distribuidor sim sim provedor indireto", "azt hiszem
// disztribútor igen igen közvetett szolgáltató") is stated. Said once under the doubt, it is asked back.
import { checkKind } from './kindCheck';

describe('a doubt confirmed by a repeated yes (spoken)', () => {
  checkKind([
    [
      'en-US',
      'so we are a distributor I think yes yes an indirect provider and the customer got Azure from another CSP',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'мы вроде как непрямой поставщик ну да точно непрямой провайдер а у клиента ажур от другого CSP',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['zh-CN', '我们好像是分销商吧 对对 就是间接提供商 客户的Azure是从别的CSP买的', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'acho que a gente é distribuidor sim sim provedor indireto e o cliente tem Azure de outro CSP',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'azt hiszem disztribútor vagyunk igen igen közvetett szolgáltató az ügyfélnek meg Azure-ja van egy másik CSP partnertől',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
