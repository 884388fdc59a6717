// "以后由我们收钱": the partner collecting the customer's payment from now on is the billing
// moving to it, as "以后由我们开票" is.
import { checkKind } from './kindCheck';

describe('goalWords: "from now on we collect the money" is a move', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 许可以后由我们来收钱。', { service: 'license', goal: 'move' }],
    ['zh-CN', '他们希望 Office 365 今后由我们收钱。', { service: 'license', goal: 'move' }],
  ]);
});
