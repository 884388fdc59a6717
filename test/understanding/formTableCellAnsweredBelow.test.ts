// A two-column Markdown table ("| Campo | Valor |", "| Field | Value |") is a form: its rows are
// fields (a cell's "A / B?" asks as "A or B?"), and a note below it answers a cell's either/or ("confirmado – transferência", "it's the
// second one"), keeping the other fields (dictated.ts).
import { checkKind } from './kindCheck';

describe('form: a two-column table is read as fields, and a note below answers a cell', () => {
  checkKind([
    [
      'pt-BR',
      '| Campo | Valor |\n|---|---|\n| Cliente | Gráfica Aurora |\n| Produto | Microsoft 365 Business Premium |\n| Canal | outro parceiro CSP |\n| Objetivo | só suporte ou assumir o faturamento? |\n\nObs.: o cliente confirmou por telefone – só suporte.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      '| Field | Value |\n|-------|-------|\n| Client | Bayview Dental |\n| Product | Dynamics 365 Business Central |\n| Channel | EA or another CSP? |\n| Goal | take over billing |\n\nNote on channel: their finance lead says the second one.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    // A cell's options parted by a slash ask as "or" does.
    [
      'zh-CN',
      '| 字段 | 内容 |\n|---|---|\n| 客户 | 槟城 Lim 五金 |\n| 产品 | Microsoft 365 商业标准版 |\n| 渠道 | EA |\n| 诉求 | 代管 / 转移账单？ |\n\n跟进：已问过客户，答复是后者。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      '| Campo | Valor |\n|---|---|\n| Produto | Microsoft 365 E3 |\n| Canal | EA |\n| Objetivo | suporte / assumir o faturamento? |',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
  ]);
});
