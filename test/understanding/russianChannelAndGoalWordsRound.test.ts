// Russian words for a channel or a goal: bought «по CSP через» a named seller or «через CSP» is
// another CSP, and so is staying with «своим CSP-партнёром»; «менеджер Microsoft им продал» is
// Microsoft; a retail store written «магазин розничный»; «адвайзор» as Advisor; an unnamed cloud
// «не китайское, а обычное коммерческое» is global; another customer «у соседнего клиента»;
// «подстраховать их админа» and «разруливать в админке» are support. Written for these tests.
import { checkKind } from './kindCheck';

describe('Russian channel and goal words', () => {
  checkKind([
    ['ru-RU', 'Клиент пишет: Microsoft 365 у нас по CSP через Ланит, хотим перейти к вам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Они брали Azure через CSP у небольшой фирмы из Казани.', { channel: 'otherCsp', service: 'usage' }],
    [
      'ru-RU',
      'Клиент решил остаться со своим CSP-партнёром, от нас только поддержка Microsoft 365.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Клиенту сам менеджер Microsoft продал Azure по договору.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Лицензии Project у них купленные в магазине розничном.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Office 365 у них через адвайзора оформлен, глобальное облако.', { cloud: 'global', channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Облако не американское, а обычное коммерческое, Azure.', { cloud: 'global', service: 'usage' }],
    ['ru-RU', 'У соседнего клиента MPSA, не путать. А этот купил Visio на сайте Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Нужно подстраховать их сисадмина по Microsoft 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Хотят, чтобы мы всё разруливали в админке, Office 365 E3.', { service: 'license', goal: 'support' }],
  ]);
});
