// The portal a customer sends said to be "the commercial one" ("o portal é o comercial", "a portál a
// kereskedelmi") names the commercial cloud in Portuguese and Hungarian too, as it does in English:
// beside a government cloud the customer claims, the cloud is asked. A sales team's portal is no cloud.
import { checkKind } from './kindCheck';

describe('a portal said to be the commercial one (pt-BR, hu-HU)', () => {
  checkKind([
    ['pt-BR', 'O cliente mandou o link do portal, e o portal é o comercial.', { cloud: 'global' }],
    ['hu-HU', 'A partner a GCC High felhőben van, a linkelt portál viszont a kereskedelmi.', {}, ['cloud']],
    [
      'pt-BR',
      'Eles juram que é GCC High, só que o portal de login deles é o comercial. Querem suporte no Office 365.',
      { service: 'license', goal: 'support' },
      ['cloud'],
    ],
    // Near misses: a sales team's portal.
    ['pt-BR', 'O portal do time comercial está fora do ar.', {}],
    ['hu-HU', 'A portálon a kereskedelmi osztály kérdezett.', {}],
  ]);
});
