// Two options said under a doubt ("maybe EA, maybe Open", «可能是…也可能是…», "一是…二是…") and
// then settled by a reference ("checked: the former", 后者) are settled: the reference confirms the
// option it keeps. A reference said under a doubt itself ("I think the former") leaves it asked.
import { checkDoubted, checkKind } from './kindCheck';

describe('either/or: a doubted pair settled by a reference', () => {
  checkKind([
    ['en-US', 'Maybe they got it through EA, or maybe through Open. Looked it up: the latter.', { channel: 'open' }],
    ['zh-CN', '可能是从微软官网买的，也可能是从 EA 买的。查了发票，是后者。', { channel: 'ea' }],
    ['zh-CN', '可能是 EA 或者 Open。查了，是前者。', { channel: 'ea' }],
    ['zh-CN', '客户有两个想法：一是我们只做支持；二是把 Office 365 整个转过来。最后选了前者。', { service: 'license', goal: 'support' }],
  ]);
  checkDoubted([['en-US', 'Maybe they got it through EA, or maybe through Open. I think the latter.', {}, { channel: 'open' }]]);
});
