// «Мы же напрямую с Microsoft»: the partner saying it deals with Microsoft directly, with the verb
// left out, is its role (direct), as «мы работаем напрямую с Microsoft» is; it is not the
// customer's channel. The customer buying directly from Microsoft still is.
import { checkKind } from './kindCheck';

describe('whose: «мы напрямую с Microsoft» is the partner role, not the channel', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 клиент брал по Open Value. Мы же напрямую с Microsoft, так что ссылку пришлём сами.',
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    ['ru-RU', 'Мы с Microsoft напрямую. Azure у клиента от другого CSP-партнёра.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Клиент брал Azure напрямую с Microsoft, мы T1.', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
  ]);
});
