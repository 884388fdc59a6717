// The parent's or another customer's word said in the first of two options ("either on the parent's
// agreement or bought through a Syndication partner") speaks for that option only: the second is
// this case's, so a reference after them ("the latter") can settle it.
import { checkKind } from './kindCheck';

describe('another case named in the first of two options', () => {
  checkKind([
    [
      'en-US',
      "Their Office 365 seats either run under the holding company's EA or were bought through a Syndication partner. Finance says the latter.",
      { channel: 'syndication', service: 'license' },
    ],
    ['en-US', "Their Office 365 seats run under the holding company's EA or a Syndication partner, nobody knows.", { service: 'license' }],
  ]);
});
