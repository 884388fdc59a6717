// The seller said in the speaker's own words: a telco's bundle whose seller the next sentence says
// is neither a CSP nor a syndication partner is a third party's sale; a meeting held on Teams names
// where the notes were taken, not a service; "another firm doing CSP" is another CSP partner.
import { checkKind } from './kindCheck';

describe('the seller in the speaker’s own words', () => {
  checkKind([
    // A bundle, then its seller denied both in a sentence of its own, whatever words lead to it.
    [
      'en-US',
      'Their Exchange Online came bundled with the phone and TV plan from a cable company. I asked around – the cable company isn’t a CSP partner, and it’s not a syndication partner either, it only resells keys.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'ru-RU',
      'Exchange Online у них идёт вместе с интернетом от местного провайдера. Провайдер не CSP-партнёр, да и не синдикационный партнёр тоже.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'pt-BR',
      'O Exchange Online vem no combo da operadora de TV a cabo. Essa operadora não é CSP e também não é parceira de sindicação da Microsoft.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['zh-CN', '客户的 Exchange Online 是电信营业厅宽带套餐里带的，我问过，运营商不是 CSP 伙伴。', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'Az Exchange Online a Telekom mobilcsomagjában jön. Utánanéztem: a Telekom nem CSP-partner, és nem is szindikációs, csak kulcsokat árul.',
      { channel: 'thirdParty', service: 'license' },
    ],
    // Near misses: a bundle with no denial stays a bundle.
    ['en-US', 'Their Exchange Online came bundled with the phone and TV plan from a cable company.', { channel: 'syndication', service: 'license' }],
    ['hu-HU', 'Az Exchange Online a Telekom mobilcsomagjában jön.', { channel: 'syndication', service: 'license' }],
    // Teams as the place of the meeting: no service of its own.
    ['en-US', 'Call notes – Teams, 09:10\nAna: their Azure is invoiced every month by another CSP partner.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Ata da chamada (Teams, 16:30): o Azure deles é cobrado todo mês por outro parceiro CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Встреча (Teams, 10:00): Azure клиенту выставляет счёт другой CSP-партнёр.', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', 'Teams 例会记录 09:30\n客户的 Azure 由另一家做 CSP 的公司按月开票。', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Megbeszélés (Teams, 9:30): az ügyfél Azure-ját egy másik CSP-partner számlázza havonta.', { channel: 'otherCsp', service: 'usage' }],
    // Near misses: Teams licences are a service; "we are another CSP firm" is no channel.
    ['en-US', 'Call notes – they buy Teams Premium seats through an Enterprise Agreement.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '我们是另一家做 CSP 的服务商。', {}],
  ]);
});
