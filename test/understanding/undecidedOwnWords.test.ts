// Kind "rambling": words that say the case is not settled yet ("定不了", "没统一意见", "下周再定")
// keep both goals told open, even when the second was said after "后来" (later).
import { checkKind } from './kindCheck';

describe('kind: rambling, a case not settled yet keeps both answers told', () => {
  checkKind([
    ['zh-CN', '老板说要把 Office 365 转过来，后来财务说只要我们做运维，目前定不了。', { service: 'license' }, ['goal']],
    ['zh-CN', '老板说要把 Office 365 转过来，后来 IT 说只要我们做运维，两个人没统一意见。', { service: 'license' }, ['goal']],
    ['zh-CN', '老板说要把 Office 365 转过来，后来财务说只要我们做运维，说下周再定。', { service: 'license' }, ['goal']],
  ]);
});
