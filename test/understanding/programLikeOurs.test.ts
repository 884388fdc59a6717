// Channel in the speaker's words: the company that sells the customer its subscriptions today "is in
// the same Microsoft cloud partner program as we are" is another CSP partner, said without the name.
import { checkKind } from './kindCheck';

describe('a seller in the same partner program as ours is another CSP (channel in own words)', () => {
  checkKind([
    [
      'en-US',
      'A local firm bills them for Azure every month, and that firm is in the same Microsoft partner program as us.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['ru-RU', 'Azure им продаёт компания «Облако-Сервис», она в той же партнёрской программе Microsoft, что и мы.', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '现在卖他们Azure的那家公司，跟我们一样在微软的云合作伙伴计划里。', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Quem fatura o Azure deles é uma consultoria que está no mesmo programa que a gente na Microsoft.', { channel: 'otherCsp', service: 'usage' }],
    [
      'hu-HU',
      'Az Azure-t egy kis cég számlázza nekik, az is ugyanabban a Microsoft partnerprogramban van, mint mi.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
