// 21Vianet typed in pinyin as heard: "shijie hulian" (世界, "world") for "shiji hulian" (世纪,
// "century"), a slip a speaker without a Chinese keyboard makes: it names the China cloud as well.
import { checkKind } from './kindCheck';

describe('Chinese pinyin: 21Vianet heard as "shijie hulian"', () => {
  checkKind([
    ['zh-CN', 'kehu de azure shi shijie hulian de ban ben', { cloud: 'china', service: 'usage' }],
    ['zh-CN', 'women de office 365 shi shi jie hu lian ban', { cloud: 'china', service: 'license' }],
  ]);
});
