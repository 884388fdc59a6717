// Channel words: "Microsoft's own website" and "a direct Microsoft purchase" are bought from
// Microsoft; a consultant said not to be a Microsoft partner is a seller outside CSP.
import { checkKind } from './kindCheck';

describe("channel words: Microsoft's own website, a direct Microsoft purchase, a consultant not in CSP", () => {
  checkKind([
    [
      'en-US',
      "They signed up for Microsoft 365 Business Premium on Microsoft's own website and want to keep it as is, we just support them.",
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Azure, a direct Microsoft purchase on the CFO card.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Office 365 E3 from an independent consultant who is not a Microsoft partner.', { channel: 'thirdParty', service: 'license' }],
    // Naming the consultant as the one who says it names no seller.
    ['en-US', 'Their consultant says the Azure is on an Enterprise Agreement.', { channel: 'ea', service: 'usage' }],
  ]);
});
