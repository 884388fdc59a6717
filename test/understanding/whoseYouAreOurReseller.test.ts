// A distributor writing to us, "vocês são nossa revenda" (you are our reseller), says our role:
// an indirect reseller. Another company called "nossa revenda" says nothing of ours.
import { checkKind } from './kindCheck';

describe('whose: "you are our reseller" said to us', () => {
  checkKind([
    [
      'pt-BR',
      'Pessoal, como vocês são nossa revenda, o pedido do Microsoft 365 sai pelo nosso portal.',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'A Loja Beta é nossa revenda. Microsoft 365.', { service: 'license' }],
  ]);
});
