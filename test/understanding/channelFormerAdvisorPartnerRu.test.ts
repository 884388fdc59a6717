// «Через бывший партнёр Advisor», «у прежнего партнёра Advisor»: a partner named as the former
// Advisor is the former-Advisor channel, as «бывший Advisor» is. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a former Advisor partner in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент в облаке 21Vianet, Office 365 брали у прежнего партнёра Advisor, нужна поддержка.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Заказчик в китайском облаке купил Dynamics 365 через бывший партнер Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});
