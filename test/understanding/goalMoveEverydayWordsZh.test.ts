// A move in everyday words: "迁给我们", "以后从我们这儿买" (buy from us from now on), "发票以后都开我们的"
// (the invoices ours from now on).
import { checkKind } from './kindCheck';

describe('kind: goal in own words, a move in everyday words (Chinese)', () => {
  checkKind([
    ['zh-CN', 'Office 365 想把订阅迁给我们。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Microsoft 365，客户希望以后从我们这儿买。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 的发票以后都开我们的。', { service: 'license', goal: 'move' }],
  ]);
});
