// "母公司签的是 EA，但中国子公司用的是世纪互联的…": after the parent company, "but the (Chinese)
// subsidiary" returns to this customer, a place or a name between "but" and "subsidiary" or not.
import { checkKind } from './kindCheck';

describe('whose: "but the <place> subsidiary" after the parent company is this customer', () => {
  checkKind([
    ['zh-CN', '集团总部用的是 EA，但上海子公司用的是世纪互联的 Office 365，是从世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '母公司在美国签了 EA，不过深圳分公司自己从世纪互联买的 Office 365。', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
