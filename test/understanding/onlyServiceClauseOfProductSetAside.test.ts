// When only one kind of service is in scope, a channel goes with a product set aside only when it
// is said in that product's clause (between the marks around it, or to the message's end when no
// mark follows) and that clause names no product in scope: a channel in another clause, or in a
// clause that also names the product in scope, stays.
import { checkKind } from './kindCheck';

describe('only: the clause of a product out of scope decides which channel goes with it', () => {
  checkKind([
    // The product in scope opens the message, in the same clause as the one set aside.
    ['en-US', 'Azure from another CSP partner and Office 2016 too. Only Azure matters.', { channel: 'otherCsp', service: 'usage' }],
    // No mark after the product set aside: its clause runs to the end, where the product in scope is named.
    ['en-US', 'Only Azure matters, they bought Office 2016 from another CSP partner along with Azure', { channel: 'otherCsp', service: 'usage' }],
    // The channel opens the message, in the clause of the product set aside.
    [
      'en-US',
      'Another CSP partner sold them Office 2016, and they buy Azure directly from Microsoft. Only Azure matters.',
      { channel: 'microsoft', service: 'usage' },
    ],
    // The channel of the product set aside ends the message; the one said with Azure, in an earlier clause, stays.
    [
      'en-US',
      'Only Azure matters, they bought Azure directly from Microsoft, and Office 2016 from another CSP partner',
      { channel: 'microsoft', service: 'usage' },
    ],
    // A mark right after the product set aside (no space next to a Chinese character) ends its clause there.
    ['zh-CN', '只谈Azure。另一家CSP卖的许可证，Azure直接跟微软买的。', { channel: 'microsoft', service: 'usage' }],
    // The channel of the product in scope is in an earlier clause than the product set aside.
    [
      'en-US',
      'They have an Azure subscription from another CSP partner, and boxed Office 2016. This is about Azure only.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
