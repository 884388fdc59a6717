// Office bundled in (not only with) the customer's internet and phone package, or a phone
// company's bundle: a telco's bundle is syndication.
import { checkKind } from './kindCheck';

describe('channel words: bundled in a telco package is syndication', () => {
  checkKind([
    [
      'en-US',
      'M365 comes bundled in their internet + phone package from the telecom, they want us to look after it',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['en-US', 'their Office 365 is part of the phone company bundle, they want to move it to us', { channel: 'syndication', service: 'license', goal: 'move' }],
  ]);
});
