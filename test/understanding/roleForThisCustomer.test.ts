// Kind "hedge": "não sei se esse cliente vai entrar como revenda via distribuidor ou já como direto"
// speaks of the role this partner will have for the customer: it is ours, doubted and asked. Read
// before: the word "cliente" before it made the role the customer's, and nothing was asked.
// "O cliente é uma revenda" stays the customer's.
import { checkRead } from './kindCheck';

describe('kind: the role "esse cliente vai entrar como" is ours', () => {
  checkRead([
    ['pt-BR', 'Esse cliente vai entrar como revenda via distribuidor.', { partnerType: 'indirectReseller' }, {}],
    ['pt-BR', 'Não sei se esse cliente vai entrar como revenda via distribuidor.', {}, { hedged: { partnerType: 'indirectReseller' } }],
    ['pt-BR', 'O cliente é uma revenda, o Azure é deles.', { service: 'usage' }, {}],
  ]);
});
