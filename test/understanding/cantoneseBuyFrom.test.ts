// Written Cantonese says who a product is bought from with "同" where Mandarin says "跟"
// ("同世紀互聯落單", "直接同微軟買"): before a buying verb it is read as "跟". "同" of sameness or
// of time ("同時", "同一間") stays as it is.
import { checkKind } from './kindCheck';

describe('Cantonese 同 before a buying verb names the seller', () => {
  checkKind([
    ['zh-CN', '呢間公司嘅 Visio 係同世紀互聯落單嘅。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '佢哋嘅 Project 一向都係直接同微軟買，冇經過任何夥伴。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '佢哋嘅 Project 係直接同微軟官網買嘅，我哋淨係幫手支援。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    // Near misses: 同 as "at the same time" or "the same" names no seller.
    ['zh-CN', '佢哋同時用緊 Visio 同 Project，喺 EA 度買。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '佢哋同一間分銷商買 Visio。', { service: 'license' }],
  ]);
});
