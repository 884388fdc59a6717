// "Az ügyfél saját …" (the customer's own licences) returns to this case after the parent company
// was named: what follows is this customer's, not the parent's.
import { checkKind } from './kindCheck';

describe('whose: "az ügyfél saját" returns to this case', () => {
  checkKind([
    [
      'hu-HU',
      'Az anyacégnek EA-ja van; az ügyfél saját Dynamics 365 licenceit viszont egy másik CSP partner adta el nekik.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Az anyacégnek EA-ja van, az ügyfél saját Azure-ja pedig Open Value-n fut.', { channel: 'open', service: 'usage' }],
  ]);
});
