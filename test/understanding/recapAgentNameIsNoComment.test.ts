// A recap's header may name the agent on the call ("Agent: Dana Reyes", «Агент: …», "坐席：…"):
// a name alone is no comment below the recap, so the recap's lines are still read as one text,
// and two channels in it are asked, not settled by whichever line comes last.
import { checkKind } from './kindCheck';

describe("a recap's agent line with only a name is no comment", () => {
  checkKind([
    [
      'en-US',
      'Meeting recap (Copilot)\nAgent: Dana Reyes\n- Contoso licenses Microsoft 365 through an Enterprise Agreement\n- Procurement mentioned Open Value for the same seats',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Итоги встречи (создано ИИ)\nАгент: Ольга Петрова\n- Microsoft 365 у клиента по Enterprise Agreement\n- Закупки упомянули Open Value для тех же лицензий',
      { service: 'license' },
      ['channel'],
    ],
    [
      'zh-CN',
      '会议纪要（AI 生成）\n坐席：王芳\n- 客户的 Microsoft 365 通过企业协议购买\n- 采购部提到同一批许可是 Open Value',
      { service: 'license' },
      ['channel'],
    ],
    [
      'pt-BR',
      'Resumo da reunião (Copilot)\nAgente: Paula Nogueira\n- O cliente licencia Microsoft 365 por Enterprise Agreement\n- Compras citou Open Value para as mesmas licenças',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Megbeszélés összefoglalója (Copilot)\nÜgyintéző: Kiss Anna\n- Az ügyfél Nagyvállalati Szerződéssel licencel Microsoft 365-öt\n- A beszerzés Open Value-t említett ugyanezekre a licencekre',
      { service: 'license' },
      ['channel'],
    ],
    // The agent's line that says something is still the comment that corrects the recap.
    [
      'en-US',
      'Meeting recap (Copilot)\n- Customer buys Microsoft 365 through an Enterprise Agreement\nAgent: not right, it is Open Value',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
