// «Продавали им мы ещё когда были в Advisor»: «мы» before «когда» is the subject of the former
// role as «когда мы были» is; in the 21Vianet cloud that sale is the former Advisor channel.
import { checkKind } from './kindCheck';

describe('kind: whose, we sold it back when we were in Advisor', () => {
  checkKind([
    [
      'ru-RU',
      'Облако 21Vianet. Office 365 им продавали мы ещё когда были в Advisor, сейчас мы в CSP.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Китайский Partner Center. Azure клиенту продали мы тогда когда работали по программе Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
  ]);
});
