// A Chinese message partly typed in pinyin reads its words as the characters they spell ("keneng",
// "ye keneng", "cong ... nahuo"), so a pinyin either/or of two roles stays asked, as the characters
// would. Syllables that are also names written in English order ("Wei Hu") stay as they are.
import { checkKind } from './kindCheck';

describe('pinyin mixed with characters (zh-CN)', () => {
  checkKind([
    ['zh-CN', 'women 这边 keneng 算分销商, ye keneng 算 cong 分销商 nahuo 的经销商, 还得问老板。', {}, ['partnerType']],
    ['zh-CN', '我们是 cong 分销商 nahuo 的经销商，客户的 Visio 走 EA。', { channel: 'ea', service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', 'Visio 走 EA。对接人是 Wei Hu，客户想让我们接管账单。', { channel: 'ea', service: 'license', goal: 'move' }],
    // Near misses: pinyin the reader already read, and a word that only begins like one.
    ['zh-CN', '我们是 fenxiaoshang。', { partnerType: 'indirectProvider' }],
    ['zh-CN', 'Visio 走 EA，congming 的客户。', { channel: 'ea', service: 'license' }],
  ]);
});
