// «Наша дочка работает как дистрибьютор» (our subsidiary is a distributor): the role of another
// company of ours, not the role this partner plays here; the role said of «мы» stands alone.
import { checkKind } from './kindCheck';

describe("kind: whose, our subsidiary's role is not ours", () => {
  checkKind([
    [
      'ru-RU',
      'Наша «дочка» в Минске работает как дистрибьютор, но этот заказ оформляем мы сами как прямой партнёр (T1), Azure по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Наша дочерняя компания — дистрибьютор, мы здесь реселлер через Merlion. Office 365 у другого CSP.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Наша дочка — дистрибьютор. Клиент брал Office 365 напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
