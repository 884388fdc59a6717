// Channel in the speaker's words: a bundle from the carrier is read as a syndication partner's, but
// where the writer then says so only under a doubt ("I think they are a syndication partner, not
// sure", "Acho que é parceira de sindicação? Não tenho certeza", "az szindikációs partner asziszem
// nem tudom pontosan"), the channel is asked back by name. Said plainly, it stands.
import { checkDoubted, checkKind } from './kindCheck';

describe('the bundle’s seller doubted as a syndication partner (channel in own words)', () => {
  checkDoubted([
    [
      'en-US',
      'The 365 came bundled with their internet from the telco. I think they are a syndication partner, not sure.',
      { service: 'license' },
      { channel: 'syndication' },
    ],
    [
      'pt-BR',
      'O 365 veio da operadora de internet, a Conecta Norte. Acho que é parceira de sindicação? Não tenho certeza.',
      { service: 'license' },
      { channel: 'syndication' },
    ],
    [
      'hu-HU',
      'a Microsoft 365-öt a telefonos cégtől kapták csomagba az szindikációs partner asziszem nem tudom pontosan és azt akarják hogy mi támogassuk',
      { service: 'license', goal: 'support' },
      { channel: 'syndication' },
    ],
    ['zh-CN', '客户的 Office 365 是跟电信宽带一起买的，电信好像是微软的 syndication 伙伴吧，我不确定。', { service: 'license' }, { channel: 'syndication' }],
  ]);
  checkKind([
    ['en-US', 'The 365 came bundled with their internet from the telco. The telco is a syndication partner.', { channel: 'syndication', service: 'license' }],
  ]);
});
