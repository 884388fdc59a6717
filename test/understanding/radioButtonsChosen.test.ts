// A form's radio buttons pasted as text: "( ) Support  (o) Take over billing". The empty buttons
// on a line with a chosen one are the options not chosen, as "[ ]" beside "[x]" are; the chosen
// mark itself ("o") is no word of the answer.
import { checkKind } from './kindCheck';

describe('form: radio buttons, the chosen one answers', () => {
  checkKind([
    [
      'hu-HU',
      'Igénylőlap\nTermék: Office 365 E3 (40)\nVásárlás helye: ( ) Microsoft  (o) Webáruházban\nKérés: ( ) Támogatás  (o) Számlázás átvétele',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Intake form\nProduct: Microsoft 365 Business Standard (12)\nRequest: (•) Support only  ( ) Take over billing',
      { service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Formulário\nProduto: Microsoft 365 E3 (30)\nPedido: ( ) Suporte  (x) Transferir o faturamento para nós', { service: 'license', goal: 'move' }],
  ]);
});
