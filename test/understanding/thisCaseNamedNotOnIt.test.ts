// Kind "whose": after the parent company's contract, "but <name> isn't on it" turns back to this
// customer, by whatever name it goes ("the parent company has its own Enterprise Agreement, but
// Kessler Tooling isn't on it - they bought their seats at a retailer"). Read before as the
// parent's words to the end of the sentence, so this customer's purchase was lost.
import { checkKind } from './kindCheck';

describe('kind: "but <name> isn\'t on it" returns to this case', () => {
  checkKind([
    [
      'en-US',
      'The parent company has its own EA, but Fabrikam Retail is not on it - they bought Office 365 at a retailer.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      "Their holding company has an Enterprise Agreement, but the Denver branch isn't part of it, Azure bought straight from Microsoft.",
      { channel: 'microsoft', service: 'usage' },
    ],
    // Said to be on it, the customer shares the parent's contract: nothing of its own is read.
    ['en-US', 'The parent company has an EA and Fabrikam Retail is on it too.', {}],
  ]);
});
