// Russian words for support and for a part of the customer left out of the case (ru-RU lexicon):
// «от нас — админка…», «звонят нам, когда…», «підтримували» (a Ukrainian word in Russian text)
// ask for support; a branch «в этом обращении не участвует» / «тут ни при чём» is set aside;
// «платят своему CSP-партнёру» is another CSP; «мы косв. реселлер» is the indirect reseller. Written for these tests.
import { checkKind } from './kindCheck';

describe('goal, channel and role: Russian support and case words', () => {
  checkKind([
    [
      'ru-RU',
      'Биллинг остаётся у Microsoft напрямую. От нас — администрирование и хелпдеск. Project, 5 мест.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Платят и дальше своему CSP-партнёру, а звонят нам, когда падает Exchange Online.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365 по Open Value, хочуть, щоб мы підтримували их тенант.', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Azure по карте напрямую у Microsoft. Филиал в Минске — через другого CSP, в этом обращении не участвует.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['ru-RU', 'По этому клиенту мы косв. реселлер, закупка через дистрибьютора.', { partnerType: 'indirectReseller' }],
  ]);
});

// «Старый партнёр» opening a sentence is the customer's old partner: a role said of it past a
// relative clause is its own, and the partner's own role after «а мы» stands.
describe('role: the old partner as the subject, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Старый CSP-партнёр заказчика, у которого они брали Visio, был непрямым реселлером и закупался через дистрибьютора, а мы — direct bill.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
