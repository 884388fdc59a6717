// "EA-nk sosem volt", "sosem volt EA-juk", "EA-juk nem volt": an agreement they never had is
// denied, not read as their channel.
import { checkKind } from './kindCheck';

describe('an agreement never had is denied (hu)', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél szerint EA-nk sosem volt, az Office 365-öt egy másik CSP partnertől vettük.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Sosem volt EA-juk, az Azure-t egy másik CSP partnertől vették.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'EA-juk soha nem volt; a Microsoft 365-öt támogatnunk kell.', { service: 'license', goal: 'support' }],
  ]);
});
