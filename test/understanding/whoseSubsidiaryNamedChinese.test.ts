// Whose words: after the parent company, "这家上海子公司" (this Shanghai subsidiary) returns to the
// customer of the case, whatever place word stands between "这家" and "子公司".
import { checkKind } from './kindCheck';

describe('whose: this subsidiary, named with a place, is the customer again after the parent company', () => {
  checkKind([
    ['zh-CN', '客户的母公司用的是 EA，但这家上海子公司的 Microsoft 365 是从世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '集团总部用的是 EA，这家国内分公司的 Office 365 是从别的 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
  ]);
});
