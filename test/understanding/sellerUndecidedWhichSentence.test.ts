// A read channel, then "but" and a seller the reader cannot place, and words saying something is
// undecided: which sentence those words close decides whether the two accounts are left open.
// Undecided words after other words of their own sentence ("The price is not settled yet") are
// about that, and the channel read before stands; so does a channel two sentences back. A "but"
// that opens the sentence goes on from the one before, whatever other "but" the message holds. A
// goal or a channel said between the seller and the undecided sentence is what is undecided; a
// blocking phrase there ("the head office") is no such word. In the China cloud, "somewhere else"
// beside an unplaced seller is one account, not two: answered.
import { checkRead } from './kindCheck';

describe('channel words: which sentence the undecided words close', () => {
  checkRead([
    [
      'en-US',
      'Bought Office 365 directly from Microsoft, but a local hosting company set it up. The price is not settled yet.',
      { channel: 'microsoft', service: 'license' },
      {},
    ],
    [
      'en-US',
      'Bought Office 365 directly from Microsoft, but a local hosting company set it up. The renewal date is still up in the air.',
      { channel: 'microsoft', service: 'license' },
      {},
    ],
    [
      'en-US',
      'Azure was bought directly from Microsoft, but the hosting provider manages it. Whether to move it to us, some consultant said, is not decided yet.',
      { channel: 'microsoft', service: 'usage' },
      {},
    ],
    [
      'en-US',
      'Bought Office 365 directly from Microsoft. But finance says through some reseller, but nobody has confirmed yet.',
      { service: 'license' },
      { hedged: { channel: 'microsoft' } },
    ],
    [
      'en-US',
      'Bought Office 365 directly from Microsoft, but finance says through some reseller. Nobody has confirmed yet, and they want us to support it.',
      { service: 'license', goal: 'support' },
      { hedged: { channel: 'microsoft' } },
    ],
    [
      'en-US',
      'Bought Office 365 directly from Microsoft, but finance says through some reseller, says the head office. Nobody has confirmed yet.',
      { service: 'license' },
      { hedged: { channel: 'microsoft' } },
    ],
    ['zh-CN', 'Office 365是在微软官网买的，但代理商迁移到我们这边。还没定下来。', { channel: 'microsoft', service: 'license', goal: 'move' }, {}],
    ['zh-CN', '客户在世纪互联的云上。客户说是从别的渠道买的，但采购说是一家服务商卖的，两边对不上。', { cloud: 'china', channel: 'other' }, {}],
    [
      'en-US',
      'The customer is in the 21Vianet cloud. They say they bought Office 365 somewhere else, but finance says through some reseller; nobody has confirmed yet.',
      { cloud: 'china', channel: 'other', service: 'license' },
      {},
    ],
  ]);
});
