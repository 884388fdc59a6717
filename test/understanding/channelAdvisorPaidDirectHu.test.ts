// Under the Advisor program the customer pays Microsoft directly: "Advisor tanácsadóval intézték,
// a pénzt közvetlenül a Microsoftnak utalják" is one channel, Advisor, not two. Paying Microsoft
// directly after the Advisor is negated or offered as the other option is not Advisor's.
import { checkKind } from './kindCheck';

describe('channel: paid to Microsoft directly through Advisor, in Hungarian', () => {
  checkKind([
    [
      'hu-HU',
      'Egy Advisor tanácsadó segítségével vették a Dynamics 365-öt, a díjat közvetlenül a Microsoftnak fizetik.',
      { channel: 'advisor', service: 'license' },
    ],
    ['hu-HU', 'Az Azure-t az Advisor programon keresztül intézték, és közvetlenül a Microsoftnak utalnak.', { channel: 'advisor', service: 'usage' }],
    ['hu-HU', 'Az Azure-ról van szó, a pénzt közvetlenül a Microsoftnak utalják.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Nem az Advisor programon keresztül vették az Azure-t, hanem közvetlenül a Microsoftnak fizetnek.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az Advisor programon keresztül vagy közvetlenül a Microsoftnak fizetnek az Office 365-ért?', { service: 'license' }, ['channel']],
  ]);
});
