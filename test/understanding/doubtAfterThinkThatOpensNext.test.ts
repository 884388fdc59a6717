// Portuguese: "acho" after a value doubts it ("pelo EA, acho"), but "acho que …" opens the doubt
// of what follows: "azure né acho que foi pelo advisor ou direto" is sure of Azure and unsure of
// the channel. "Acho que sim" or "acho que foi" closing the clause after a value still doubts it.
import { checkKind } from './kindCheck';

describe('doubt: "acho que" doubts what follows, not the value before it', () => {
  checkKind([
    ['pt-BR', 'é Exchange Online acho que foi comprado pelo EA ou pelo Open ninguém sabe', { service: 'license' }, ['channel']],
    ['pt-BR', 'o Dynamics 365 eu acho que foi direto com a Microsoft ou com outro CSP', { service: 'license' }, ['channel']],
    ['pt-BR', 'O Azure foi pelo EA, acho.', { service: 'usage' }],
    ['pt-BR', 'O Azure foi pelo EA, acho que sim.', { service: 'usage' }],
    ['pt-BR', 'O Azure foi pelo EA, acho que foi.', { service: 'usage' }],
  ]);
});
