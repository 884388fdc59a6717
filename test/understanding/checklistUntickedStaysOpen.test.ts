// A checklist's ticked lines are fields; an unticked line that asks ("☐ Com qual papel a gente cadastra
// o cliente — como revenda indireta ou como provedor indireto?") leaves its question asked, its label before the dash
// read as a field's (dictated.ts). Options numbered "1. … 2. …" in a line are offered one against
// the other, and a reply's "第二个" keeps the second; beside a third option the reader asks
// (numberedOptions.ts).
import { checkKind } from './kindCheck';

describe('form: a checklist keeps an unticked question open and a numbered option picked', () => {
  checkKind([
    [
      'ru-RU',
      '☑ Клиент: ООО «Полесье»\n☑ Продукт: Microsoft 365 E3\n☐ В каком статусе мы ведём клиента — как indirect provider или как indirect reseller? Пока не решили',
      { service: 'license' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      '[x] Cliente: Gráfica Aurora\n[x] Produto: Azure\n[ ] Com qual papel a gente cadastra o cliente — como revenda indireta ou como provedor indireto? A diretoria não decidiu',
      { service: 'usage' },
      ['partnerType'],
    ],
    ['zh-CN', '☑ 产品：Microsoft 365 E5\n☑ 购买方式：1. EA  2. 另一家 CSP —— 客户答复：第二个', { channel: 'otherCsp', service: 'license' }],
    // Three options: which one a reference names is left to ask.
    ['zh-CN', '☑ 产品：Microsoft 365 E5\n☑ 购买方式：1. EA  2. 另一家 CSP  3. 零售店 —— 客户答复：第二个', { service: 'license' }, ['channel']],
    ['ru-RU', 'Клиент «Полесье»: M365 E3. поддержка или перевод биллинга? – 2е. сейчас по EA', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
