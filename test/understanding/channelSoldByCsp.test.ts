// A CSP partner said to have sold the customer what it has ("a CSP reseller sold them the
// licenses", "…is a CSP partner and says it sold them Azure") is another CSP: the channel. Said of
// ourselves it is our role, not the channel; against the customer's word (paying Microsoft) it is asked.
import { checkKind } from './kindCheck';

describe('channel words: a CSP partner that sold it to them is another CSP', () => {
  checkKind([
    [
      'en-US',
      'A CSP partner sold them the Microsoft 365 licenses a year ago, now they want us to support it.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Their MSP, Northgate, is a CSP reseller and says it resold them the Azure subscription.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'We are a CSP reseller and sold them the Office 365 licenses ourselves.', { service: 'license', partnerType: 'indirectReseller' }],
    [
      'en-US',
      'Their contractor is a CSP reseller and claims it sold them the Exchange Online licenses. The customer says they pay Microsoft directly.',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
