// A partner billing direct for some customers and ordering through a distributor for others
// ("van ahol direktben számlázunk, van ahol disztribútoron keresztül") is unsure of its role here:
// the role is asked. "Direktben számlázunk" alone is the direct bill partner's own words.
import { checkKind } from './kindCheck';

describe('whose role: "direktben számlázunk" is a direct partner, both ways at once leave the role asked', () => {
  checkKind([
    ['hu-HU', 'Direktben számlázunk, az ügyfél Office 365-öt vett egy másik CSP-től.', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    [
      'hu-HU',
      'Mindkettő vagyunk: van ahol direktben számlázunk, van ahol disztribútoron keresztül rendelünk. Az ügyfél Office 365-öt vett egy másik CSP-től.',
      { channel: 'otherCsp', service: 'license' },
      ['partnerType'],
    ],
    [
      'en-US',
      'We are both: some customers we bill direct, some go through a distributor. Office 365, from another CSP.',
      { channel: 'otherCsp', service: 'license' },
      ['partnerType'],
    ],
    // Billing the customer directly is no role.
    ['hu-HU', 'Direktben számlázunk az ügyfélnek.', {}],
  ]);
});
