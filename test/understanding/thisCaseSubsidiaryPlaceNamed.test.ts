// "母公司用的是 EA；但深圳这边的分公司…": the subsidiary turned to after "但" may be named by
// its place ("深圳这边的"), and it is still the customer of this case.
import { checkKind } from './kindCheck';

describe('kind: whose, the subsidiary after "but" named by its place is this case', () => {
  checkKind([
    ['zh-CN', '客户的总公司在日本，用的是 EA；但深圳这边的分公司，Microsoft 365 是从另一家 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '母公司签的是 EA，不过上海那边的子公司，Azure 是在世纪互联买的', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
