// "We're a reseller so I guess our distributor starts the transfer": a doubt after a joining
// word ("so", "and", "but"), run on to an answer in its own clause, opens that clause; it doubts
// what follows, not the answer before it (as after a comma already). Said last in its clause
// ("it's EA I guess") it still doubts the answer before it. And a role said in a clause that
// names this case ("on this one") keeps the same role said surely just before it, when only the
// one the case's clause names is doubted.
import { checkDoubted, checkKind } from './kindCheck';

describe('a doubt after a joining word opens its clause', () => {
  checkKind([
    ['en-US', "We're a reseller so I guess our distributor has to start the transfer.", { goal: 'move', partnerType: 'indirectReseller' }],
    ['en-US', 'We buy through a distributor on this one so I guess our distributor kicks off the transfer.', { goal: 'move', partnerType: 'indirectReseller' }],
  ]);
  checkDoubted([['en-US', "Office 365, it's on an EA I guess.", { service: 'license' }, { channel: 'ea' }]]);
});
