// Kind "hedge": a doubt asks where, which or how about a product only when the asking word comes
// at most a word after the doubt (right against it in Chinese: "不记得哪里买的 Azure") and a word or
// more before the product. Farther from the doubt ("not sure the product they are asking about is
// Azure"), or right before the product ("not sure whether Azure…", "not sure about Azure"), the
// product itself is doubted. A product named with its seats ("the Dynamics 365 seats") is one
// product, stated. What the doubt then reaches is the first doubted answer after the product, even
// right against it ("买的Azure企业协议"), never one said no to before it ("not from 21Vianet").
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: hedge, the asking word right after the doubt states the product', () => {
  checkKind([
    ['zh-CN', '客户不记得哪里买的Azure。我们是direct。', { service: 'usage', partnerType: 'direct' }],
    ['en-US', "They don't remember where they bought the Dynamics 365 seats.", { service: 'license' }],
  ]);
});

describe('kind: hedge, an asking word far from the doubt or right before the product doubts the product', () => {
  checkDoubted([
    ['en-US', 'Not sure the product they are asking about is Azure.', {}, { service: 'usage' }],
    ['en-US', "They're not sure whether Azure is what they have.", {}, { service: 'usage' }],
    ['en-US', 'Not sure about Azure at all.', {}, { service: 'usage' }],
  ]);
});

describe('kind: hedge, the how after a product the doubt asks about is doubted', () => {
  checkDoubted([
    ['zh-CN', '客户不记得哪里买的Azure企业协议。', { service: 'usage' }, { channel: 'ea' }],
    ['en-US', "They don't remember where they bought Azure not from 21Vianet but through an EA.", { service: 'usage' }, { channel: 'ea' }],
  ]);
});
