// A seller named and then said not to have signed or sold ("跟世纪互联没直接签": no contract signed
// with 21Vianet) is not where the customer bought: the words after it take it back, as "不是" does.
import { checkKind } from './kindCheck';

describe('negation: a seller followed by "did not sign / did not buy" is no channel', () => {
  checkKind([
    ['zh-CN', '客户用的是世纪互联运营的 Office 365，但跟世纪互联没直接签。', { cloud: 'china', service: 'license' }],
    ['zh-CN', '国际版的 Microsoft 365，他们从微软官网没买过，具体在哪买的还要问。', { cloud: 'global', service: 'license' }],
  ]);
});
