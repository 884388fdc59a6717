// A "no" said after a dash that also takes back ("买的 Office 365——不对，是 MPSA") is a speaker
// correcting themselves: it takes back the answer said again after it (the channel), and negates
// nothing before the dash (the product stays).
import { checkKind } from './kindCheck';

describe('kind: self-correction, a "no" after a dash corrects and negates nothing', () => {
  checkKind([
    ['zh-CN', '客户是通过 EA 买的 Microsoft 365——不对，我记错了，是 Open Value。', { channel: 'open', service: 'license' }],
    ['zh-CN', '他们在官网买的 Office 365 —— 不对，是从世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户买的是 Office 365，不对，是 Azure。', { service: 'usage' }],
  ]);
});
