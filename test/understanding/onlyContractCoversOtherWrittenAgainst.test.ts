// Kind "whose", in Chinese: "企业协议，只管Office 365" (the EA only handles Office 365), the product
// written right against "只管" with no space: the contract covers only that product, of another
// kind than the Azure in scope, so it is not the Azure's channel.
import { checkKind } from './kindCheck';

describe('kind: a contract that only covers a product written right against "only" is that product\'s', () => {
  checkKind([['zh-CN', '只谈Azure。企业协议，只管Office 365。', { service: 'usage' }]]);
});
