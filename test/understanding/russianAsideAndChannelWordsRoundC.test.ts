// Words of the Russian lexicon read this round, each in a message written for these tests: an
// interim suggestion («а пока можно … поддерживать») is advice, not the customer's goal; a
// comparison with another customer («в отличие от …, где …»), a general question to the room
// («а кто-нибудь знает …?»), «всё, что у них от Microsoft» and a feature that «поддерживается»
// state nothing; «через интернет-магазин», «карточкой в админке», a partner whose CSP status was
// taken away, «к CSP отношения не имеет», «не гос облако, а обычное», «биллинг перешёл в CSP»,
// and «ща уточню» after two channels leaving the channel asked.
import { checkKind } from './kindCheck';

describe('Russian aside and channel words, round C', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент хочет, чтобы мы стали партнёром записи по их Microsoft 365 E5 (EA). Коллега: перенос только на продлении, а пока можно взять их на поддержку и сопровождать.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'В отличие от «Оникса», у которого был Open, у «Гранита» Power BI Pro от другого CSP.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'А кто-нибудь в курсе, MPSA ещё продают? По делу: у клиента Visio через EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент на Open просит посмотреть всё, что у них от Microsoft.', { channel: 'open' }],
    [
      'ru-RU',
      'Вопрос: у клиента Visio от другого CSP, хотят к нам.\nОтвет: P2P, для Visio поддерживается.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Project Plan 1 брали через интернет-магазин «Софтлайн-Маркет».', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Visio оплачивают карточкой в админке.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'лицензии брали у интегратора, он был в CSP, но статус отобрали. Хотят к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Exchange Online им продаёт хостер, к CSP отношения не имеет.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'не гос облако, а обычное; EA', { cloud: 'global', channel: 'ea' }],
    ['ru-RU', 'Dynamics 365 по EA, просят, чтобы биллинг перешёл в CSP к нам.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'купили по Open\nхотя Ирина пишет, что по EA, ща проверю', {}, ['channel']],
  ]);
});
