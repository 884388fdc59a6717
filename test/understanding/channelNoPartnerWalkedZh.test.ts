// "没走任何合作伙伴" (went through no partner) says the purchase was Microsoft's own, as
// "没经过任何合作伙伴" does.
import { checkKind } from './kindCheck';

describe('kind: channel words, went through no partner is bought from Microsoft', () => {
  checkKind([['zh-CN', 'Dynamics 365 是客户自己签的，没走任何合作伙伴。', { channel: 'microsoft', service: 'license' }]]);
});
