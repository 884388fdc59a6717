// Kind "negation": a Russian verb of paying said no to after its object («Microsoft напрямую не
// платим») refuses that object, as a verb of buying does: "we don't pay Microsoft directly" is
// no statement that the customer bought from Microsoft.
import { checkKind } from './kindCheck';

describe('kind: negation, not paid after the object', () => {
  checkKind([
    [
      'ru-RU',
      'Мы реселлер у дистрибьютора, Microsoft напрямую не платим. Клиент хочет перенести Azure к нам.',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Клиент Microsoft напрямую не оплачивает, Office 365 купили по EA.', { channel: 'ea', service: 'license' }],
    [
      'en-US',
      "We're a reseller under a distributor, we don't pay Microsoft directly. The customer wants to move Azure to us.",
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
