// A data centre ("机房", "IDC") said not to be a CSP is a third-party seller; hosting in a data
// centre ("机房托管", "托管机房") is its service, not our support of the tenant.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, a data centre that is not a CSP (Chinese)', () => {
  checkKind([
    ['zh-CN', '他们的 Azure 是跟机房托管一起买的，那个机房不是 CSP。', { channel: 'thirdParty', service: 'usage' }],
    ['zh-CN', '客户的 Office 365 是跟托管机房一起买的，那家 IDC 不是 CSP。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
