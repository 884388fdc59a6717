// Own words in Chinese: 21Vianet sold it to them directly ("世纪互联直接卖给他们的", "世纪互联直接开的")
// is bought from 21Vianet, as without "直接"; the cloud is the China cloud.
import { checkKind } from './kindCheck';

describe('channel words: sold by 21Vianet directly, in Chinese', () => {
  checkKind([
    ['zh-CN', '客户那套 Office 365 是世纪互联直接卖给他们的，只做支持。', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['zh-CN', '他們的 Azure 是世紀互聯直接開的。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '客户的 M365 是从世纪互联直接买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
