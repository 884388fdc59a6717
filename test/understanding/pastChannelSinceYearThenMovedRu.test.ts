// A channel held since a year («сидели на Open Value с 2019»), then «в 2023 перешли на …» in the
// same sentence: the year before the move word marks a correction, as «потом перешли» does, and
// what is named after it is the channel today.
import { checkKind } from './kindCheck';

describe('channel: since a year, then moved in another year (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Клиент был на Open Value с 2017, в 2023 перешёл на EA. Лицензии Visio.', { channel: 'ea', service: 'license' }],
    [
      'ru-RU',
      'Сидели на EA с 2016 года, в 2021 году перешли на CSP у другого партнёра, сейчас хотят перевести Microsoft 365 к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
