// A bundle named before its seller is denied to be both a CSP and a syndication partner
// ("in a cable company bundle, not CSP and not syndication either") is that third party's sale,
// as a bundle after both denials was; "nuh" (creole "not") is a denial. A syndication partner
// named as such, or another channel in the sentence, keeps its own reading.
import { checkKind } from './kindCheck';

describe('channel: a bundle said before "neither CSP nor syndication"', () => {
  checkKind([
    ['en-US', 'Dem get di Office 365 inna one cable company bundle, a nuh CSP an a nuh syndication neida.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The client has Office 365 in an internet provider bundle, not CSP and not syndication either.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The client has Office 365 via a syndication partner, not CSP and not syndication either.', { service: 'license' }, ['channel']],
    ['en-US', 'The client has Office 365 under an Enterprise Agreement, not CSP and not syndication.', { service: 'license' }, ['channel']],
  ]);
});
