// "Either we co-manage their licences and Microsoft keeps billing them, or we become their partner
// of record": a joining word opening the first option frames it, so it may run longer than a
// bare "X or Y" and the two are still one either/or: asked, or settled by "the first".
import { checkKind } from './kindCheck';

describe('either/or: a first option opened by "either" may run longer', () => {
  checkKind([
    [
      'en-US',
      'Office 365 E3. Either we co-manage their licenses and Microsoft keeps billing them like today, or we become their partner of record. They went with the first.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Microsoft 365 Business Standard. Either we administer the tenant while Microsoft keeps invoicing them as before, or we take over the billing. The owner picked the second one.',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Office 365 E3. Either we co-manage their licenses and Microsoft keeps billing them like today, or we become their partner of record.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      'Office 365 E3. Либо мы сопровождаем их лицензии, а Microsoft как и раньше выставляет им счета напрямую, либо переводим биллинг на нас. Выбрали второй вариант.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
