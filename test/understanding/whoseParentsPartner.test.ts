// "The parent's partner is a T1": the role of the parent company's partner, not ours; our own role
// said after it is the answer.
import { checkKind } from './kindCheck';

describe("whose words: the parent's partner is another party", () => {
  checkKind([
    ['en-US', "The parent's partner is a T1; we're a reseller ordering through TD SYNNEX.", { partnerType: 'indirectReseller' }],
    [
      'en-US',
      "The subsidiary has Office 365 from another CSP. The parent's partner is a distributor, we are direct.",
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
