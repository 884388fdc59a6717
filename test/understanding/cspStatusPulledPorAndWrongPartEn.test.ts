// English words: a former partner that "got its CSP status revoked / pulled" and subscriptions that
// "sat under that CSP" are another CSP's; "become their POR" asks to move; "the advisor part / bit
// is wrong" takes back the value it names; "with Contoso IT as the reseller" is another party's role.
import { checkKind } from './kindCheck';

describe('cspStatusPulledPorAndWrongPartEn: English words for a lost CSP status, the POR and a wrong part', () => {
  checkKind([
    [
      'en-US',
      'Their last reseller moved the Project licences through Partner Center and then got its CSP status revoked. Customer wants to move them to us.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Ask: become their POR\nProduct: Microsoft 365 Business Premium', { service: 'license', goal: 'move' }],
    ['en-US', 'All of their licences sat under that CSP until March. We are direct bill.', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['en-US', 'All of their licences sat under that CSP distributor until March.', { service: 'license' }],
    [
      'en-US',
      'Note from Dana: GCC High tenant, Visio, bought via an advisor partner.\n\nThe advisor bit is wrong: they pay Microsoft directly.',
      { cloud: 'usgov', channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Billing is to be moved to us, with Northwind IT as the reseller on them.', { goal: 'move' }],
    ['en-US', 'Billing is to be moved to us, with us as the reseller on them.', { goal: 'move', partnerType: 'indirectReseller' }],
  ]);
});
