// "CSP partner vagyunk, közvetlen." names our kind after a comma, the way one adds it when
// speaking: the bare "közvetlen" (direct) there is our role.
import { checkKind } from './kindCheck';

describe('variant: our role added after "we are a partner"', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt EA-n vették. CSP partner vagyunk, közvetlen.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'Partner vagyunk, direkt; az Azure-t egy másik CSP-től veszik.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
  ]);
});
