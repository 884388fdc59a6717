// Language variants: northern and Henan speech say "俺们" for "we" ("俺们是直签的", "俺们是经销商，从分销商
// 那拿货"): the writer's own role, read as after "我们".
import { checkKind } from './kindCheck';

describe('俺们 is the writer’s own “we” (variants)', () => {
  checkKind([
    ['zh-CN', '客户的微软365是从另一个CSP那买的，俺们是直签的。', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    [
      'zh-CN',
      '他们的 Azure 是从世纪互联那儿买哩，俺们是经销商，从分销商「中原分销」那拿货哩。',
      { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '客户说他们是直签的，Office 365 从别的 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
  ]);
});
