// Kind "whose": the partner's own words about whom it works with. «Работаем с Microsoft
// напрямую» is the partner's direct billing, not how the customer bought; «indirect provider — это
// наш дистрибьютор» names the partner's distributor, so the partner is its reseller.
import { checkKind } from './kindCheck';

describe("kind: whose, working with Microsoft directly is the partner's role", () => {
  checkKind([
    ['ru-RU', 'Мы работаем с Microsoft напрямую. У клиента Office 365, куплено по EA.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    [
      'ru-RU',
      'Работаем с Майкрософтом напрямую, а клиент брал Azure у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: whose, the indirect provider named as our distributor', () => {
  checkKind([
    [
      'ru-RU',
      'Непрямой поставщик — это наш дистрибьютор, у клиента Microsoft 365 по EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Indirect provider это наш дистрибьютор, мы под ним.', { partnerType: 'indirectReseller' }],
  ]);
});
