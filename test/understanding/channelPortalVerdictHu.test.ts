// The account manager's verdict on a checked finding ("a portál a nyerő", "a számlának hiszek":
// the portal wins, I believe the invoice), in a clause of its own after "they said A, but the
// portal shows B", takes back A. Without a verdict or a check, both stay asked.
import { checkKind } from './kindCheck';

describe('channelWords: the verdict for the portal decides', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban egy másik CSP partner látszik. A portál a nyerő.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'Azt mondják, egy másik CSP partnertől veszik az Azure-t, de a számlán közvetlenül a Microsoft szerepel. A számlának hiszek.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['hu-HU', 'Azt mondják, egy másik CSP partnertől veszik az Azure-t, de a számlán közvetlenül a Microsoft szerepel.', { service: 'usage' }, ['channel']],
  ]);
});
