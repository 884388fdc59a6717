// «不确定哪个有问题，他们说是通过别的 CSP 买的»: a Chinese doubt asks its own question with the
// question word right after it and no space, and the next clause's subject follows the comma
// with no space either. The doubt ends at the comma; the channel said after it is stated.
import { checkKind } from './kindCheck';

describe('doubt: a Chinese doubt asking its own question ends where a new subject starts', () => {
  checkKind([['zh-CN', '客户有 Azure 和 Microsoft 365，不确定哪个有问题，他们说是通过别的 CSP 买的。', { channel: 'otherCsp' }, ['service']]]);
});
