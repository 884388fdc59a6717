// Whose words: "we buy all our CSP through Meridian Distribution", «закупаемся через «Альфа
// Дистрибуцию»», "a Pannon Disztribúción keresztül rendelünk": the writer buys through a distributor
// it names, so it is an indirect reseller. A customer that buys through one says nothing of the writer.
import { checkKind } from './kindCheck';

describe('the writer orders through a distributor it names (whose words)', () => {
  checkKind([
    [
      'en-US',
      'Customer has Azure bought direct from Microsoft. We buy all our licences through Harbor Distribution.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'У клиента Azure по EA. Закупаемся как всегда через «Альфа Дистрибуцию».', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Az ügyfélnek EA alatt van Azure-ja. Mi a Duna Disztribúción keresztül rendelünk.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Mi vásárolunk a Tisza Disztribúción keresztül, az ügyfél Azure-ja EA alatt fut.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['en-US', 'The customer buys its Azure through Harbor Distribution.', { service: 'usage' }],
  ]);
});
