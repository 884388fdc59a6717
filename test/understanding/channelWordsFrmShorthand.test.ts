// "frm", the chat shorthand for "from", names the seller as "from" does.
import { checkKind } from './kindCheck';

describe('channel words: "frm" is "from"', () => {
  checkKind([
    ['en-US', 'cust bought o365 frm a csp partner thats gone now, want us to take over the subs', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['en-US', 'they got azure frm 21vianet', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
