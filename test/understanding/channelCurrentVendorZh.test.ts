// "当前供应商" is the current vendor (a form's field), not "前供应商" (a former one): the either/or
// after it is settled by its reference alone.
import { checkKind } from './kindCheck';

describe('kind: storefront order, the current vendor field in Chinese', () => {
  checkKind([
    ['zh-CN', '当前供应商：EA 或 Open（客户都选了）\n→ 跟客户确认过了，是后者。\nSKU：Microsoft 365 E3', { channel: 'open', service: 'license' }],
    ['zh-CN', '目前供应商：企业协议或官网直购，客户说是前者。Azure。', { channel: 'ea', service: 'usage' }],
  ]);
});
