// A seller described by what makes it a CSP partner, in the speaker's own words ("in the same
// partner program as us", "bills from its own Partner Center"), is another CSP partner; and Microsoft
// paid by card with words between ("pays Microsoft for Azure on a card") is a purchase from Microsoft.
import { checkKind } from './kindCheck';

describe('a seller described as another CSP, and Microsoft paid by card', () => {
  checkKind([
    ['en-US', 'The brewery buys through a local IT shop that is in the same partner program as us.', { channel: 'otherCsp' }],
    ['en-US', 'Their web agency resells the seats from its own Partner Center every month.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'A padaria compra de uma consultoria que está no mesmo programa de parceiros que a gente.', { channel: 'otherCsp' }],
    ['ru-RU', 'Склад берёт подписки у интегратора, это такой же партнёр программы, как мы.', { channel: 'otherCsp' }],
    ['ru-RU', 'Подрядчик продаёт им лицензии из своего кабинета в Партнёрском центре.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'A pékség egy informatikai cégtől vásárol; ők is ugyanabban a programban vannak, mint mi.', { channel: 'otherCsp' }],
    ['zh-CN', '他们从一家软件公司采购，对方和我们是同一个合作伙伴计划。', { channel: 'otherCsp' }],
    ['en-US', 'The studio pays Microsoft for Azure usage by company Visa card.', { channel: 'microsoft', service: 'usage' }],
    // Near misses: our own place in the program is no seller, and a partner paid by card stays a partner.
    ['en-US', 'We have been in the same partner program as them since 2020.', {}],
    ['en-US', 'They pay Microsoft partner Contoso by card.', {}],
  ]);
});
