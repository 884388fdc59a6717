// Round 1, en-US: a seller set off after a name as "not a CSP partner, just a hosting co" is a third
// party; a card purchase "on the website" is Microsoft's; "but we" after the parent's or HQ's
// agreement returns to this case.
import { checkKind } from './kindCheck';

describe('channel: a seller named after "not a CSP partner," in an aside is a third party', () => {
  checkKind([
    [
      'en-US',
      'Their mail comes with the domain from NimbusNest (not a CSP partner, only a web hosting company). Support is all they want for the licenses.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'They got the Office 365 seats from Redwood Web, not a CSP partner, just a hosting provider. They want us to take care of them.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "They're not a CSP partner, just a hosting company, and want us to look after their licences.",
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['en-US', "We're not a CSP partner, just a hosting company; they want us to look after their licences.", { service: 'license', goal: 'support' }],
    ['en-US', "They're not a CSP reseller; they want us to look after their Office 365.", { service: 'license', goal: 'support' }],
  ]);
});

describe('channel: bought with a card on the website is bought from Microsoft', () => {
  checkKind([
    ['en-US', 'The clinic purchased its Azure with a company card on the website last spring.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'They bought the Business Standard seats by credit card online.', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe('cases: "but we" after the headquarters\' agreement returns to this case', () => {
  checkKind([
    [
      'en-US',
      'The headquarters in Lyon is on an EA, but we buy our own Microsoft 365 directly from Microsoft and want you to take over the billing.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Our parent company has an enterprise agreement, whereas we pay for our Azure straight from Microsoft.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});

describe('channel: a seller no longer a CSP, or put out of the partner program, is a former CSP', () => {
  checkKind([
    ['en-US', "The Azure came from Lakeview IT, which isn't a CSP any longer. They still pay Lakeview monthly.", { channel: 'otherCsp', service: 'usage' }],
    [
      'en-US',
      'Their seats were sold by an integrator that got dropped from the partner program last year; we are to support the licenses.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "We're not a CSP partner anymore, we buy through a distributor now. The customer wants support for their licenses.",
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('channel: "that outfit is not a CSP" names the seller it points back to', () => {
  checkKind([
    [
      'en-US',
      'Their Exchange licences are billed with the website plan by Orbit Web, and as far as I can see that outfit is not a CSP partner. They want us to take over the billing.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      "They bought the seats from Maple Systems, and frankly that firm wasn't a CSP. Support only for the licences.",
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
