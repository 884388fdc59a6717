// «Продавала „Альфа“ — те были косвенным реселлером»: «те» (those) points back at the company
// just named, so the role said with it is that company's, not the partner's.
import { checkKind } from './kindCheck';

describe('whose: a role said of «те» is the company named before, not ours (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 клиенту продавала «Альфа» — те были косвенным реселлером у дистрибьютора. Мы прямой партнёр.',
      { service: 'license', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Лицензии брали у другого CSP-партнёра, те работали через дистрибьютора. Хотят перейти к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
