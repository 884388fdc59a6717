// Two wishes left open ("最后听谁的还不知道", "还没查清") are asked, not the last one taken; "PoR"
// written between Chinese characters ("做PoR") is the partner of record.
import { checkKind } from './kindCheck';

describe('zh-CN: whose word decides is still open, PoR written inline', () => {
  checkKind([
    ['zh-CN', '客户的 Visio 许可证，财务想让我们当PoR，运维部门说让我们管着就行，到底听谁的还不知道。', { service: 'license' }, ['goal']],
    ['zh-CN', '客户的 M365 是从京东买的，想让我们做PoR。', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365：客户说在京东买的，采购又说是在微软官网买的，还没查清。', { service: 'license' }, ['channel']],
  ]);
});
