// A hosting company ("tárhelycég") said not to be a CSP partner is a third party, as a hosting
// provider ("tárhelyszolgáltató") already was; the company alone names no channel.
import { checkKind } from './kindCheck';

describe('channel: a hosting company that is not a CSP is a third party', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t egy tárhelycégnél fizetik, amelyik nem CSP partner.', { channel: 'thirdParty', service: 'usage' }],
    [
      'hu-HU',
      'A Microsoft 365-öt egy kis tárhely cégtől vették, ami nem CSP. Mi disztribútor vagyunk.',
      { channel: 'thirdParty', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['hu-HU', 'Egy tárhelyes cég adta el nekik az Office 365-öt, de az nem CSP.', { channel: 'thirdParty', service: 'license' }],
    // Without "not a CSP" the hosting company may be one: the channel is asked.
    ['hu-HU', 'Az Azure-jük egy tárhelycégnél van.', { service: 'usage' }],
    ['en-US', 'Their Azure is billed by a hosting company, which is not a CSP.', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'O Azure deles é cobrado por uma empresa de hospedagem, que não é CSP.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
