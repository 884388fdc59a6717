// "转由我们计费" (billed by us from now on) is taking over the billing, as "由我们开票/收费" is.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, billed by us in Chinese', () => {
  checkKind([
    ['zh-CN', '备注：客户希望续费后转由我们计费。Microsoft 365 E5。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 是 EA 买的，以后交给我们计费。', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
