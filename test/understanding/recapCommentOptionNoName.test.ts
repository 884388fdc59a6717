// A recap comment whose only words are capitalised ("Comment (Carla): Enterprise Agreement",
// "评论（王磊）：世纪互联") names an option, not the agent: it is a comment and its answer wins over
// the recap's. A person's name alone after the label is still the recap's header, no comment.
import { checkKind } from './kindCheck';

const lines = (...l: string[]): string => l.join('\n');

describe("a recap comment's option word is no bare name", () => {
  checkKind([
    [
      'en-US',
      lines(
        'Meeting recap (Copilot)',
        '- Fernhill Clinic buys Microsoft 365 through Open Value',
        '- They want us to take over the billing',
        'Comment (Carla): Enterprise Agreement',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      lines(
        'Meeting recap (Copilot)',
        '- Fernhill Clinic buys Microsoft 365 through Open Value',
        '- Procurement also named an Enterprise Agreement',
        'Comment (Carla): Maria Lopez',
      ),
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      lines(
        'Итоги встречи (Copilot)',
        '- Клиент покупает Microsoft 365 по Open Value',
        '- Хотят перевести лицензии к нам',
        'Комментарий (Ольга): Enterprise Agreement',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      lines(
        'Итоги встречи (Copilot)',
        '- Клиент покупает Microsoft 365 по Open Value',
        '- Закупки назвали ещё Enterprise Agreement',
        'Комментарий (Ольга): Ирина Соколова',
      ),
      { service: 'license' },
      ['channel'],
    ],
    ['zh-CN', lines('会议纪要（AI）', '· 客户的 Azure 订阅在国际版上', '· 希望把账单转到我司', '评论（王磊）：世纪互联'), { cloud: 'china', service: 'usage' }],
    ['zh-CN', lines('会议纪要（AI）', '· 客户的 Azure 订阅在国际版上', '· 采购也提到了世纪互联', '评论（王磊）：李娜'), { service: 'usage' }, ['cloud']],
    [
      'pt-BR',
      lines(
        'Resumo da reunião (Copilot)',
        '- O cliente compra Microsoft 365 pelo Open Value',
        '- Quer transferir o faturamento para nós',
        'Comentário (Rogério): Enterprise Agreement',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      lines(
        'Resumo da reunião (Copilot)',
        '- O cliente compra Microsoft 365 pelo Open Value',
        '- Compras citou também um Enterprise Agreement',
        'Comentário (Rogério): Beatriz Santos',
      ),
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      lines(
        'Összefoglaló (Copilot) – Tiszavirág Pékség',
        '- Az ügyfél Open Value szerződéssel vásárol Microsoft 365-öt',
        '- A számlázást hozzánk hoznák',
        'Hozzászólás (Viktor): Enterprise Agreement',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      lines(
        'Összefoglaló (Copilot) – Tiszavirág Pékség',
        '- Az ügyfél Open Value szerződéssel vásárol Microsoft 365-öt',
        '- A beszerzés Enterprise Agreementet is említett',
        'Hozzászólás (Viktor): Szabó Eszter',
      ),
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
