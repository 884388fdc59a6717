// Voice typing writes 21Vianet as it sounds: «двадцать один вай нет» as well as «виа нет». After
// «21» both are the operator of the China cloud, its channel; «вай нет» elsewhere is no name.
import { checkKind } from './kindCheck';

describe('21Vianet as voice typing writes it (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'голосом: они берут офис триста шестьдесят пять у двадцать один вай нет и хотят чтобы мы их сопровождали',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'диктую: ажур у них через двадцать один ваи нет', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['ru-RU', 'диктую: ажур у них, вай нет, не помню откуда', { service: 'usage' }],
  ]);
});
