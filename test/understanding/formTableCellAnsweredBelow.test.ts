// A two-column Markdown table ("| Campo | Valor |", "| Field | Value |") is a form: its rows are
// fields, and a note below it answers a cell's either/or ("confirmado – transferência", "it's the
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
  ]);
});
