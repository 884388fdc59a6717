// «Хостинговая компания, которая продаёт сервисы Microsoft вне программы CSP», «хостер вне CSP»:
// a seller said to sell outside CSP is a third party, with the product or "the programme" between
// the verb and "outside CSP" as Russian puts it.
import { checkKind } from './kindCheck';

describe('ru: a seller selling "outside (the) CSP (programme)" is a third party', () => {
  checkKind([
    ['ru-RU', 'Azure клиенту продаёт хостинг-провайдер, который перепродаёт облако Microsoft вне CSP.', { channel: 'thirdParty', service: 'usage' }],
    ['ru-RU', 'Лицензии Dynamics 365 у хостинговой компании, она продаёт сервисы Microsoft вне программы CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Подписки Azure у них от местного хостера вне CSP.', { channel: 'thirdParty', service: 'usage' }],
    [
      'ru-RU',
      'Партнёр по альянсу говорит, что Azure шёл через синдикацию у оператора, а дистрибьютор — что это хостер вне CSP. Пока не ясно.',
      { service: 'usage' },
      ['channel'],
    ],
  ]);
});
