// "Or something" / "or whatever" after a name hedges the name, it offers no second option: a
// "not a CSP" after it still says what the seller named before it is. "Or something else?"
// still offers one.
import { checkKind } from './kindCheck';

describe('eitherOr: "or something" after a name is no option', () => {
  checkKind([
    ['en-US', 'They have Azure. A web hoster resells it to them, Hostwell or something. Not a CSP.', { channel: 'thirdParty', service: 'usage' }],
    [
      'en-US',
      'Office 365 came from a hosting firm, Cloudnine or whatever, not a CSP. We are direct bill.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', 'Was it an EA or something else? Customer checked: an EA.', { channel: 'ea' }],
  ]);
});
