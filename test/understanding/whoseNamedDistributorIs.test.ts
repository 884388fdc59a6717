// Kind "whose": a distributor named as the subject of its role ("we're the reseller and Ingram
// Micro is the distributor") speaks of that company, not of us: our role is the reseller. Read
// before as our role too, asked.
import { checkKind } from './kindCheck';

describe('kind: "Ingram is the distributor" is the distributor\'s role, not ours', () => {
  checkKind([
    [
      'en-US',
      "We're the distributor here - no wait, for this account we're the reseller and Ingram Micro is the distributor.",
      { partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Office 365 from Microsoft directly. We are the reseller, TD Synnex is the distributor.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' },
    ],
    // Misspelled names read as before ("microsft" is Microsoft, not a word of a distributor's name).
    ['hu-HU', 'a microsft oldalan vettek kartyaval az e5 licenceket, mi T1 vagyunk', { channel: 'microsoft', service: 'license', partnerType: 'direct' }],
  ]);
});
