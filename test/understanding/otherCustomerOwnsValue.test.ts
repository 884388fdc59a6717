// Kind "whose": "o GCC era do outro cliente (que eu atendi antes)": a value said to belong to
// another customer is that customer's, as one said to be the parent company's is; the clause
// that says so names nothing of this case, even when a relative clause follows the other customer.
import { checkKind } from './kindCheck';

describe("kind: whose, a value said to be another customer's answers nothing of this case", () => {
  checkKind([
    ['pt-BR', 'O cliente comprou o Microsoft 365 via Open, o EA era do outro cliente que atendi ontem.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'É tenant comercial, o GCC era de outro cliente que eu atendi antes.', { cloud: 'global' }],
    ['pt-BR', 'O cliente comprou via Open. O EA era do outro cliente.', { channel: 'open' }],
  ]);
});
