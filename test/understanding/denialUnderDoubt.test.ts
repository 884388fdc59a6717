// A "not X" said under a doubt ("I think it's not EA", "szerintem nem Open Value") after X was
// stated plainly, as a record's field, takes nothing back for sure: X is asked back by name. Said
// without a doubt, or with no plain X before it, the denial reads as it always did.
import { checkDoubted } from './kindCheck';

describe('a denial said under a doubt after a plain statement', () => {
  checkDoubted([
    ['en-US', 'Channel: EA\nProduct: Office 365\nNote: I think it is not EA, will check with them.', { service: 'license' }, { channel: 'ea' }],
    [
      'hu-HU',
      'Csatorna: Open Value\nTermék: Microsoft 365\nMegjegyzés: szerintem nem Open Value, utána kell nézni.',
      { service: 'license' },
      { channel: 'open' },
    ],
    ['pt-BR', 'Canal: EA\nProduto: Dynamics 365\nObs.: acho que não é EA, vou confirmar.', { service: 'license' }, { channel: 'ea' }],
    ['zh-CN', '渠道：EA\n产品：Dynamics 365\n备注：好像不是EA，待核实。', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Канал: EA\nПродукт: Office 365\nКомментарий: наверное, не EA, уточню.', { service: 'license' }, { channel: 'ea' }],
    // A personal source is a doubt too: the value it claims instead is asked back.
    ['ru-RU', 'Канал: EA\nПродукт: Teams\nКомментарий: по моим сведениям у них MPSA, а не EA.', { service: 'license' }, { channel: 'open' }],
    // Near misses: a plain value beside the doubted denial, a denial without a doubt, a doubted denial alone.
    ['en-US', 'Visio through Open Value. I think not via EA.', { channel: 'open', service: 'license' }, {}],
    ['en-US', 'Channel: EA\nProduct: Visio\nNote: it is not EA but Open Value.', { channel: 'open', service: 'license' }, {}],
    ['en-US', 'I think it is not EA. Visio only.', { service: 'license' }, {}],
    ['en-US', 'They want Visio moved to us when possible, not just support.', { service: 'license', goal: 'move' }, {}],
    ['pt-BR', 'Canal: Open\nProduto: Visio\nObs.: não é Open, é EA.', { channel: 'ea', service: 'license' }, {}],
  ]);
});
