// A seller named with «(тоже CSP)» beside it («от «Альфа Софт» (тоже CSP)», «у «Бета», тоже
// CSP-партнёр») is another CSP partner: the words say what it is, as «это CSP-партнёр» does.
import { checkKind } from './kindCheck';

describe('channel: a seller said to be a CSP too (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Хотят перевести Teams Premium от «Альфа Софт» (тоже CSP) к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Project Plan 1 брали у «Бета Системс», тоже CSP-партнёр, сейчас хотят только поддержку.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
