// «Продавали мы по программе Advisor»: the partner itself sold through the Advisor program, with
// the verb first as Russian often puts it. In the 21Vianet Partner Center that is the former
// Advisor channel; elsewhere it is read as Advisor.
import { checkKind } from './kindCheck';

describe('«продавали мы по программе Advisor» is this partner as a former Advisor', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент в китайском облаке (Partner Center от 21Vianet). Лицензии Office 365 продавали мы в 2017-м по программе Advisor, теперь мы в CSP.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['ru-RU', 'Китайское облако. Подписки M365 оформляли им мы сами через Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});
