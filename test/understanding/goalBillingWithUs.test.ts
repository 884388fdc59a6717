// The move said as where the billing is to be: «чтобы оплата была у нас», «чтобы дальше всё было у
// вас», «платить дальше нам», «передать оплату нам», and the customer's «заберите всё себе». Words
// of the goal, read before as nothing. Two people asking for the two goals stay undecided.
import { checkKind } from './kindCheck';

describe('kind: goalWords, the billing to be with us', () => {
  checkKind([
    ['ru-RU', 'Клиент на Office 365 у другого CSP. Хотят, чтобы оплата была у нас.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Exchange Online брали по Open. Пишут: хотим, чтобы дальше всё было у вас.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 брали напрямую у Microsoft, хотят платить дальше нам.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['ru-RU', 'Dynamics 365 у другого партнёра CSP, решили передать оплату нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Клиент: «Заберите всё себе», Microsoft 365 сейчас у другого CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Финдиректор просит «заберите всё себе», а айтишник хочет только помощь с настройкой. Не договорились. Речь про Teams.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
