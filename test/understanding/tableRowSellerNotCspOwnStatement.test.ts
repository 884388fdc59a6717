// A pasted table's rows are folded into one sentence; a row saying a seller is not a CSP ("loja de
// informática do bairro, não CSP") is read in its own row, not undone by a channel in the row above
// (a superseded "Advisor") or below.
import { checkKind } from './kindCheck';

describe('a table row saying a seller is not a CSP is a statement of its own', () => {
  checkKind([
    [
      'pt-BR',
      'Ficha do cliente — Padaria Trigo Bom\n\n| Campo | Valor | Data | Estado |\n|---|---|---|---|\n| Origem | Open License (informado pelo contador) | 03/03 | SUBSTITUÍDO |\n| Origem | loja de informática do bairro, não CSP — vimos a nota | 21/03 | vigente |\n| Produto | Microsoft 365 Business Basic | 03/03 | vigente |',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'pt-BR',
      '| Campo | Valor | Situação |\n| Origem | revendedor de informática, não é CSP | vigente |\n| Produto | Exchange Online | vigente |\n| Origem antiga | Open License | cancelado |',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      '| Field | Value | Status |\n| Source | EA (per the old AM) | superseded |\n| Source | a hosting company, not a CSP | current |\n| Product | Microsoft 365 E3 | current |',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
