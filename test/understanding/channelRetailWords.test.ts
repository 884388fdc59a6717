// Channel in the customer's own words: a retail edition ("零售版"), an online shop ("在京东上",
// "在天猫上买的") and a seller said not to be a CSP ("那家公司不是 CSP") are a third party. Microsoft's
// own store on such a shop is not.
import { checkKind } from './kindCheck';

describe('channel: retail words and a seller that is no CSP are a third party', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是零售版，国际版租户。', { cloud: 'global', channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户在天猫上买的 Microsoft 365 商业标准版。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是在香港一家 IT 公司买的，那家公司不是 CSP。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户在天猫的微软官方旗舰店买的 Microsoft 365。', { service: 'license' }],
    ['en-US', 'They bought Office 365 as a retail box.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
