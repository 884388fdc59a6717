// "能不能" / "可不可以" (can it or not) asks whether something can be done, the way "can we take
// it over?" does: the "不" in it negates nothing, so "能不能转到我们这里" is the wish to move.
import { checkKind } from './kindCheck';

describe('kind: goalWords, "能不能"/"可不可以" is a question of can, no negation', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是 EA 买的，能不能转到我们这里？', { channel: 'ea', service: 'license', goal: 'move' }],
    ['zh-CN', '客户的 Office 365 可不可以迁移到我们这边？', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户的 Office 365 不能迁移，只要我们做技术支持。', { service: 'license', goal: 'support' }],
  ]);
});
