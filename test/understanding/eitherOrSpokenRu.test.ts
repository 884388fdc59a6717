// Either/or, spoken: «брали то ли у самого майкрософта на сайте то ли через другого си эс пи партнёра
// не помнит» leaves the channel open between the two (Microsoft itself is named with «самого»), and
// «хотят к нам перевести» said right after the doubt is a wish of its own, not doubted.
import { checkKind } from './kindCheck';

describe('either Microsoft itself or another CSP, then the wish (either/or, spoken)', () => {
  checkKind([
    [
      'ru-RU',
      'клиент говорит что офис триста шестьдесят пять брали то ли у самого майкрософта на сайте то ли через другого си эс пи партнёра не помнит хотят к нам перевести',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    ['ru-RU', 'Office 365 брали у самого Microsoft, хотят к нам перевести.', { channel: 'microsoft', service: 'license', goal: 'move' }],
  ]);
});
