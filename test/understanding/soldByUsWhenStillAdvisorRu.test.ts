// "Продавали им мы, ещё когда были в программе Advisor": "ещё" may stand before "когда" as well as
// after it; the sale is still ours from our Advisor days (the former Advisor in the China cloud).
// A sale by another party at that time is no such channel.
import { checkKind } from './kindCheck';

describe('a sale of ours from our Advisor days, "ещё" before "когда" (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент в облаке 21Vianet. Dynamics 365 им оформляли мы, ещё когда состояли в программе Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Облако китайское (21Vianet). Microsoft 365 продали им мы, тогда когда были Advisor, теперь хотят перейти к нам.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Клиент в облаке 21Vianet. Dynamics 365 им оформляли мы, когда состояли в программе Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
  ]);
});
