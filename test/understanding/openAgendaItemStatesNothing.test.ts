// An agenda's or question list's item answered as still open ("→ TBD", «— Вопрос открыт», "→ 待定",
// "→ Em aberto", "→ Nyitott") asks and is not answered, so its question states nothing; an item
// answered with a value still answers, and a question inside prose keeps its old reading.
import { checkKind } from './kindCheck';

describe('an agenda item answered as still open states nothing', () => {
  checkKind([
    [
      'en-US',
      'Prep list for Fabrikam\n1. How do they buy their Teams licences? → Open Value, per the finance lead.\n2. Should we take over the billing? → TBD, open question for the steering call.',
      { channel: 'open', service: 'license' },
    ],
    [
      'en-US',
      'Checklist\n- Do they want us to become partner of record? -> pending\n- Where are the Visio seats bought? -> straight from Microsoft online',
      { channel: 'microsoft', service: 'license' },
    ],
    // An item answered with a value still answers.
    [
      'en-US',
      'Kickoff agenda\n1. Visio seats bought where? → another CSP partner\n2. Move billing to us? → Yes, agreed by the CIO.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    // A question inside prose, not an item of its own, keeps its reading.
    [
      'en-US',
      'Visio via Open Value. Perhaps a move of the billing to us? Nobody confirmed it, maybe just support.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      'Повестка встречи\n1. Как покупают Project? — Через другого CSP-партнёра.\n2. Будем забирать биллинг к себе? — Пока не решено.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Вопросы к созвону:\n1) Хотят ли передать нам подписки Visio? — под вопросом', {}],
    ['zh-CN', '会前清单\n1. Visio 是从哪买的？→ 直接在微软官网买的\n2. 要不要把账单转给我们？→ 还没定，下次讨论', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '议程\n1. 客户想让我们当记录合作伙伴吗？→ 待定', {}],
    [
      'pt-BR',
      'Roteiro da reunião\n1. Onde compram o Project? → Open Value.\n2. Querem que a gente assuma o faturamento? → Ainda indefinido.',
      { channel: 'open', service: 'license' },
    ],
    ['pt-BR', 'Pauta\n1. Vão migrar o faturamento para nós? → Sim, confirmado pelo diretor.', { goal: 'move' }],
    ['pt-BR', 'Pauta\n- Vamos virar parceiro de registro do Visio? → pendente', {}],
    [
      'hu-HU',
      'Napirend\n1. Honnan veszik a Project licenceket? → Egy másik CSP-partnertől.\n2. Átvegyük a számlázást? → Még nincs eldöntve.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Egyeztetési pontok\n1. Átvegyük a Visio előfizetéseket? → függőben', {}],
  ]);
});
