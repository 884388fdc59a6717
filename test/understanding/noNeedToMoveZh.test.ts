// "毋须 / 无须 / 毋須" (no need to) deny the move that follows, as "无需" did: a record asking for
// daily support "毋须迁移" wants support alone. A move wanted outright still reads.
import { checkKind } from './kindCheck';

describe('"毋须 / 无须" deny what follows (zh-CN)', () => {
  checkKind([
    ['zh-CN', 'Microsoft 365。由我们负责日常支持，毋须迁移。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Microsoft 365。無須轉移，只要我們幫忙支援。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Microsoft 365。需要迁移到我们这边。', { service: 'license', goal: 'move' }],
  ]);
});
