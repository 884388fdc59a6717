// A telco, internet or hosting bundle whose own sentence says "not (a) CSP" is a third party's
// sale, not a syndication: the denial may stand in a bracket after the bundle, after a comma, or
// as "no CSP there" («никаких CSP»), in any of the five languages. A syndication named as such
// keeps its name, and a bundle with no denial stays a syndication.
import { checkKind } from './kindCheck';

describe('a bundle said not to be CSP in its own sentence', () => {
  checkKind([
    [
      'en-US',
      'Their Microsoft 365 Business Standard came in a carrier bundle (the carrier is not a CSP), and they want us to look after it.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'A Telekom internetcsomagjában van a Microsoft 365 Business Standard, nem CSP-n keresztül vették.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'hu-HU',
      'A Microsoft 365-öt az ügyfél a mobilszolgáltatói csomagjával kapta (a szolgáltató nem CSP), mi csak üzemeltetnénk.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Exchange Online у них идёт вместе со связью, это тариф от Билайна, никакого CSP там нет.', { channel: 'thirdParty', service: 'license' }],
    [
      'ru-RU',
      'Бухгалтерия говорит, что Microsoft 365 им продали в пакете у мобильного оператора (оператор не CSP).',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['zh-CN', '客户的 Microsoft 365 商业标准版是办宽带套餐送的，不是 CSP 渠道。', { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      'Their Microsoft 365 Business Standard came in a carrier bundle, and they want us to look after it.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Telekom internetcsomagjában van a Microsoft 365 Business Standard.', { channel: 'syndication', service: 'license' }],
  ]);
});

describe('a bundle after "not another CSP"', () => {
  checkKind([
    ['hu-HU', 'Nem egy másik CSP-től, hanem a Telekom internetcsomagjával kapták a Microsoft 365-öt.', { channel: 'syndication', service: 'license' }],
  ]);
});
