// The customer's IT outsourcer who bought for the customer ("外包商在微软官网给客户买了…") is the
// buyer of this case's licences, not another case: its channel and product are read.
import { checkKind } from './kindCheck';

describe('zh-CN: the outsourcer who bought for the customer', () => {
  checkKind([
    ['zh-CN', '客户的IT外包公司在微软官网给他们买了 Visio，现在要转给我们。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', '他们的外包商以前在京东给客户买了 Project，想让我们接手运维。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
