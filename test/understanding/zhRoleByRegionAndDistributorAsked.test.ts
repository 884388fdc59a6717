// A role said for the customers of one region ("台湾的客户我们是直签，大陆那边我们是分销商") is the
// partner's role there; a distributor we must check with ("要先跟分销商确认") is another party, no role of ours.
import { checkKind } from './kindCheck';

describe('zh-CN: a role said for one region, a distributor to check with', () => {
  checkKind([
    [
      'zh-CN',
      '台湾的客户我们是直签，大陆那边我们是分销商。这家客户在上海，Office 365 是从世纪互联买的。',
      { cloud: 'china', channel: 'vianet', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '大陆的客户我们是二级经销商，海外的客户我们是直签。这家是新加坡公司，用的国际版，Microsoft 365 E3 在微软官网上买的。',
      { cloud: 'global', channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    ['zh-CN', '我们是经销商，通过分销商拿货，报价要先跟分销商确认。', { partnerType: 'indirectReseller' }],
    // Without a cloud both roles are still asked.
    ['zh-CN', '台湾的客户我们是直签，大陆那边我们是分销商。', {}, ['partnerType']],
  ]);
});
