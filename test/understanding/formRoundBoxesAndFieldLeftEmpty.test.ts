// A form pasted as text with round boxes: "(X)" ticks an option and "( )" leaves one unchosen, as
// "[x]" and "[ ]" do; a field's line whose boxes are all empty was left unanswered and states
// nothing (formBoxes.ts). A checklist's tasks, with no field label, stay as written.
import { checkKind } from './kindCheck';

describe("A form's round boxes, and a field whose boxes are all empty", () => {
  checkKind([
    [
      'pt-BR',
      'Ficha do cliente\nProduto: (X) Azure  ( ) Microsoft 365\nPedido: ( ) Suporte  ( ) Transferência\nTipo de parceiro: ( ) Direto  (x) Revenda indireta',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Serviço: Dynamics 365\nComo compra: ( ) Microsoft  ( ) Outro CSP  ( ) EA', { service: 'license' }],
    [
      'en-US',
      'Intake form\nCloud: (x) Commercial  ( ) US Government  ( ) 21Vianet\nService: Microsoft 365 E3\nGoal: ( ) Support only  ( ) Transfer billing to us',
      { cloud: 'global', service: 'license' },
    ],
    ['hu-HU', 'Igénylőlap\nSzolgáltatás: ( ) Azure  (X) Microsoft 365\nCél: ( ) Támogatás  ( ) Átvétel', { service: 'license' }],
  ]);
});
