// azure.cn is the Chinese cloud's own site, run by 21Vianet: bought there is bought from
// 21Vianet, as bought on azure.com is bought from Microsoft; named alone it is the cloud only.
import { checkKind } from './kindCheck';

describe('kind: channel, bought on azure.cn is bought from 21Vianet', () => {
  checkKind([
    ['zh-CN', '客户是在 azure.cn 上自己下单买的 Azure。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '客户的 Azure 门户是 portal.azure.cn', { cloud: 'china', service: 'usage' }],
  ]);
});
