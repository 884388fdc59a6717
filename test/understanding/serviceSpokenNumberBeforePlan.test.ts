// "微软三六五 E5": a product's number typed as spoken runs into the plan after it once the
// spaces beside Chinese are dropped; read out, it stays a word of its own.
import { checkKind } from './kindCheck';

describe('kind: spoken, a spoken "365" followed by its plan is still the product', () => {
  checkKind([
    ['zh-CN', '客户用的是微软三六五 E5，在微软官网买的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '他们那套是微软三百六十五 E3，从另一家 CSP 买的', { channel: 'otherCsp', service: 'license' }],
  ]);
});
