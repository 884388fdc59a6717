// "Nem tudom, honnan vették az Azure-t" (I don't know where they got Azure from): the doubt is
// about where from, the channel; the product in the question is known and is read.
import { checkKind, checkRead } from './kindCheck';

describe('hedge: not sure where from, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Nem tudom, honnan vették az Azure-t.', { service: 'usage' }],
    [
      'hu-HU',
      'Nem vagyok benne biztos, honnan van a Dynamics 365: közvetlenül a Microsofttól vagy egy másik CSP partnertől.',
      { service: 'license' },
      ['channel'],
    ],
    ['hu-HU', 'Nem tudom biztosan, kitől vették a Microsoft 365-öt, támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
  checkRead([['hu-HU', 'Nem vagyok benne biztos, hogy Azure.', {}, { hedged: { service: 'usage' } }]]);
});
