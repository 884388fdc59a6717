// "跟世纪互联没关系" says no to 21Vianet; "Office 365 那部分不动" leaves that product out of what is asked.
import { checkKind } from './kindCheck';

describe('negation: "nothing to do with" and "that part stays as it is" say no', () => {
  checkKind([
    ['zh-CN', '跟世纪互联没关系，客户的 Azure 在全球版。', { cloud: 'global', service: 'usage' }],
    ['zh-CN', '要我们管的是 Azure，Office 365 那部分不动。', { service: 'usage' }],
  ]);
});
