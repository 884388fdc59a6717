// Whether a chat's turn asks, by words (no mark): a sentence with Chinese characters asks only by
// Chinese words ("吗"), so a product name ending a Chinese answer ("MCA-E") is no Hungarian
// question ("…-e"), and the answer to the question before it stands.
import { checkKind } from './kindCheck';

describe('kind: a turn asks only by the words of its own script', () => {
  checkKind([
    ['zh-CN', '黄蕾 15:40\n客户怎么买的？\n马超 15:41\n微软直销，合同是MCA-E', { channel: 'microsoft' }],
    ['zh-CN', '黄蕾 15:40\n客户什么版本\n马超 15:41\n国际版的，产品是Microsoft 365 E5', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Kata 15:40\nmi a csatorna?\nGábor 15:41\nOpen Value-e\nKata 15:42\nigen', { channel: 'open' }],
  ]);
});
