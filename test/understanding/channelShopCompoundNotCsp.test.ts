// A shop written as one compound word ("számítógépbolt", "webáruház") is a seller too: said not
// to be a Microsoft partner or a CSP right after, it is a third party.
import { checkKind } from './kindCheck';

describe('channelWords: a compound shop word said not to be a CSP', () => {
  checkKind([
    ['hu-HU', 'Az Exchange Online-t egy helyi számítógépbolt adta el nekik, nem Microsoft-partner.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A Microsoft 365-öt egy webáruház adta el nekik, az nem CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'A local computer shop sold them Exchange Online, not a Microsoft partner.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
