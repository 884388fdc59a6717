// A named seller said to be a CSP partner or not, in English, Russian, Chinese and Hungarian (each
// language's channel otherCsp and thirdParty entries): "billed by X in Y, which is a CSP partner",
// "X is a CSP.", «продаёт ООО «X», это CSP-партнёр», «выставляет «X», они CSP», "Partner: X Kft.
// (CSP)", "a X-tól (ők CSP-k)", "a X Kft.-nél (CSP)" -> another CSP; «X — просто хостинг,
// CSP-партнёром не является», "ők nem Microsoft-partnerek, csak
// tárhelyszolgáltató", "X不是 CSP 合作伙伴，只是把…放在主机套餐里" -> a third party. The
// partner's own words ("We are a CSP partner", «Мы CSP-партнёр», "我们是 CSP", "Mi CSP-k vagyunk")
// are no other CSP. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a named seller said to be a CSP or not (English, Russian, Chinese, Hungarian)', () => {
  checkKind([
    [
      'en-US',
      "The customer's 30 Microsoft 365 E3 seats are billed by Northgate Data in Denver, which is a CSP partner. They want to move to us.",
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Harbor Tech is a CSP. They want to move the Azure subscription to us.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'We are a CSP partner, we need support.', { goal: 'support' }],
    [
      'en-US',
      'The Dynamics seats were bought from CSP partner Redwood Cloud two years ago. Support only, please.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Лицензии Microsoft 365 клиенту продаёт ООО «Вектор-Софт», это CSP-партнёр. Хотят перейти к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Счета выставляет «Альфа Облако», они CSP. Хотят перейти к нам.', { channel: 'otherCsp', goal: 'move' }],
    ['ru-RU', '«ДатаХост» — просто хостинг, CSP-партнёром не является. Лицензии идут в пакете.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Мы CSP-партнёр, нужна поддержка.', { goal: 'support' }],
    ['zh-CN', '云桥科技不是 CSP 合作伙伴，只是把 Office 放在主机套餐里卖。', { channel: 'thirdParty' }],
    ['zh-CN', '我们是 CSP，需要支持。', { goal: 'support' }],
    ['hu-HU', 'Az értesítőben: Partner: Duna-Felhő Kft. (CSP). Át szeretnének jönni hozzánk.', { channel: 'otherCsp', goal: 'move' }],
    ['hu-HU', 'A licenceket a Tisza IT-tól veszik (ők CSP-k), hozzánk akarnak jönni.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Az ügyfél a Balaton Net Kft.-nél (CSP) van, át akarnak jönni hozzánk.', { channel: 'otherCsp', goal: 'move' }],
    ['hu-HU', 'Mi CSP-k vagyunk, támogatást kérünk.', { goal: 'support' }],
    ['hu-HU', 'Az Office a Mátra Web csomagjában van; ők nem CSP-partnerek, csak webáruház.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Mi nem CSP-partnerek, csak webáruház vagyunk.', {}],
    ['hu-HU', 'Partner: mi (CSP).', {}],
  ]);
});
