// Kind "hedge": "Acho que … direto da Microsoft… acabei de confirmar com o financeiro deles: foi
// direto mesmo" lifts the doubt, as "confirmei com o financeiro" does: the answer is stated.
// Read before: "acabei de confirmar" (the infinitive) and "o financeiro deles" were no check, the
// channel was asked by name. A check still to be made ("vou confirmar") lifts nothing.
import { checkRead } from './kindCheck';

describe('kind: "acabei de confirmar com o financeiro deles" confirms a doubted answer', () => {
  checkRead([
    [
      'pt-BR',
      'Acho que o Office 365 foi comprado direto da Microsoft... acabei de confirmar com o financeiro deles: foi isso mesmo. Somos T1.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
      {},
    ],
    ['pt-BR', 'Acho que o Azure é via EA. Acabamos de checar com o TI deles.', { channel: 'ea', service: 'usage' }, {}],
    ['pt-BR', 'Acho que o Azure é via EA. Vou confirmar com o cliente.', { service: 'usage' }, { hedged: { channel: 'ea' } }],
  ]);
});
