// "统一到我们的发票上", "放到我们这边来出账": the licences billed on our invoice, from our side, is a move.
import { checkKind } from './kindCheck';

describe('goalWords: onto our invoice, billed from our side, is a move', () => {
  checkKind([
    ['zh-CN', '财务要求把这 10 个 Visio 许可统一到我们的发票上。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Microsoft 365 放到我们这边来出账。', { service: 'license', goal: 'move' }],
  ]);
});
