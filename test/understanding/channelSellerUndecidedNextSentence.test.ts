// A read channel, then "but" and a seller the reader cannot place, and the next sentence opening
// on "can't tell which (yet)": the two stay open as they would in one sentence, and the channel is
// asked, naming the one read. An undecided sentence after other words about the seller (the goal)
// leaves the channel read.
import { checkRead } from './kindCheck';

describe('channel words: a read channel against an unplaced seller, undecided in the next sentence', () => {
  checkRead([
    [
      'en-US',
      "They run Microsoft 365. The manager says they bought it directly from Microsoft, but the invoices look like they come from some reseller. Can't tell which one yet.",
      { service: 'license' },
      { hedged: { channel: 'microsoft' } },
    ],
    ['zh-CN', 'Office 365，客户说是在微软官网买的，但发票是一家代理商开的。还没对上。', { service: 'license' }, { hedged: { channel: 'microsoft' } }],
    [
      'en-US',
      'Office 365 through the EA, but the reseller wants us to support it. Not decided yet.',
      { channel: 'ea', service: 'license', goal: 'support' },
      {},
    ],
  ]);
});
