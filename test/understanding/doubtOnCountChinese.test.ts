// A doubt on a count written straight on to its number in Chinese ("也许25个", no space between)
// ends with the count's clause, as "maybe 14 with the interns," does: it doubts the number, not
// the channel said after the comma.
import { checkKind } from './kindCheck';

describe('a doubt on a count ends with its clause, also with no space before the number', () => {
  checkKind([['zh-CN', '20个用户，也许25个，他们是通过EA买的Office 365。', { channel: 'ea', service: 'license' }]]);
});
