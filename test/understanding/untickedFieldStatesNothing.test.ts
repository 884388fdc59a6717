// A checklist's empty box is an item nobody checked yet: a value its line names only under a doubt,
// or on a line that says it is undecided ("(TBD)", "（待定）"), is no answer and raises no question.
// Two values on such a line stay a choice to ask; a plain value on an empty box's line is read.
import { checkKind } from './kindCheck';

describe('a doubted or undecided value on an unticked line states nothing', () => {
  checkKind([
    ['en-US', 'Handoff – Orchard Clinic\n☑ Product: Azure\n☑ Bought under: EA\n☐ Switch them to MPSA next year (TBD)', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '☑ 产品：Microsoft 365\n☑ 渠道：EA\n☐ 后年改签 Open（待定）', { channel: 'ea', service: 'license' }],
    ['ru-RU', '☑ Продукт: Azure\n☑ Канал: EA\n☐ Планы: возможно, потом перейдут на MPSA', { channel: 'ea', service: 'usage' }],
    ['pt-BR', '[x] Produto: Dynamics 365 Sales\n[x] Canal: Open Value\n[ ] Passar para EA em 2027 (a definir)', { channel: 'open', service: 'license' }],
    // Two values on the unticked line stay a choice to ask.
    ['en-US', '☑ Product: Azure\n☐ Channel: EA or Open (TBD)', { service: 'usage' }, ['channel']],
    // Near miss: a plain value on an empty box's line still states.
    ['hu-HU', '[x] Termék: Exchange Online\n[ ] Cél: vegyük át a számlázást', { service: 'license', goal: 'move' }],
  ]);
});
