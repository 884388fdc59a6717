// Chinese words: a changed decision ("修改决定：", "前面的决定作废", "渠道改为…") corrects what came
// before; taking a customer on to support it ("接过来继续做运维支持") asks for support, not a move.
import { checkKind } from './kindCheck';

describe('understanding: a changed decision, and taking a customer on to support it (Chinese)', () => {
  checkKind([
    ['zh-CN', '决定：把 Office 365 迁到我们名下。\n修改决定：暂不迁移，我们先只做运维。', { service: 'license', goal: 'support' }],
    ['zh-CN', '渠道：Advisor 伙伴。会后：对方早就转成 CSP 了，渠道改为其他 CSP。Power BI Pro', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户想让我们接过来继续做运维支持，计费先不动。Microsoft 365', { service: 'license', goal: 'support' }],
  ]);
});
