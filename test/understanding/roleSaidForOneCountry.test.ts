// A partner with a role in each country ("我们在中国是直接合作伙伴，在香港我们是分销商", "a direct bill
// partner in China and a distributor in Singapore"): when the message places the case in one cloud,
// the role said in a place of the other is the partner's there; without a cloud, both are asked.
import { checkKind } from './kindCheck';

describe('understanding: a role said for one country', () => {
  checkKind([
    [
      'zh-CN',
      '说明一下：我们在中国是直接合作伙伴（直接计费），在香港我们是分销商；这单是世纪互联的中国租户，Office 365 想转到我们这里。',
      { cloud: 'china', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'en-US',
      'We are a direct bill partner in China and a distributor in Singapore. This customer is on the global tenant, Azure bought through an EA.',
      { cloud: 'global', channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['zh-CN', '我们在中国是直接合作伙伴，在新加坡是分销商。Office 365 想转到我们这里。', { service: 'license', goal: 'move' }, ['partnerType']],
  ]);
});
