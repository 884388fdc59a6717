// "从 X 迁到了 Y" (moved from X to Y, done): X is the past, what is said after it is the present, as
// after a correction; a wish to move ("想把…从 EA 转到我们这边") is no such past.
import { checkKind } from './kindCheck';

describe('kind: rambling, a move already done from one place to another (Chinese)', () => {
  checkKind([
    ['zh-CN', '他们去年把 Azure 从世纪互联迁到了全球版，现在 Azure 是他们自己在微软官网开的。', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户之前从 EA 转到了 CSP，现在在别的 CSP 那里，Office 365 想让我们管理。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['zh-CN', '客户想把 Office 365 从 EA 转到我们这边。', { channel: 'ea', service: 'license', goal: 'move' }],
    ['zh-CN', '他们把 Office 365 从世纪互联迁到了国际版，现在想让我们管理。', { cloud: 'global', service: 'license', goal: 'support' }],
  ]);
});
