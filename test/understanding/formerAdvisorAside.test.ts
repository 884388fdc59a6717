// The former Advisor told with a word between: "from us, back when we were still in the Advisor
// programme" («у нас же, когда мы ещё были в программе Advisor») is the former Advisor as much as
// without "же" and "ещё"; in the cloud operated by 21Vianet it is that Partner Center's option.
import { checkKind } from './kindCheck';

describe('the former Advisor with a word between', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент в Китае. Office 365 они покупали у нас же, когда мы ещё были в программе Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['ru-RU', 'Китайский клиент, Microsoft 365 брали у нас, когда мы тогда были Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    [
      'ru-RU',
      'облако 21Vianet, лицензии брали от нас же, когда мы работали по программе Advisor',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'en-US',
      'Customer in China, they bought Office 365 from us back when we were still in the Advisor program.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
  ]);
});
