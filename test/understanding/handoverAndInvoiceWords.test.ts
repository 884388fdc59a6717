// Whose words and spoken forms: a shift handover's title («Передача смены») moves nothing; the
// partner's own invoices sent by Microsoft («рехнунги нам Microsoft напрямую шлёт») and a payment to
// Microsoft under the group's enterprise agreement ("nagyvállalati szerződése alapján fizetik a
// Microsoftnak") are no purchase straight from Microsoft.
import { checkKind } from './kindCheck';

describe('handover titles and invoice words (whose words)', () => {
  checkKind([
    ['ru-RU', 'Передача смены\n— Клиент «Заря»: Office 365 E3 от другого CSP, по цели пока ничего.', { channel: 'otherCsp', service: 'license' }],
    [
      'ru-RU',
      'Клиент взял Microsoft 365 у продавца, который не CSP и не синдикейшн. Мы T1, счета нам Microsoft напрямую шлёт.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    ['hu-HU', 'A cégcsoport nagyvállalati szerződése alapján fizetik a Microsoftnak az Azure-t.', { channel: 'ea', service: 'usage' }],
    [
      'ru-RU',
      'Коллеги, переводить биллинг к нам они не хотят, нужно только администрирование. Office 365 от другого CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
