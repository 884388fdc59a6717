// Our role said beside the other tier's work: "a revenda faz o atendimento" (the reseller does the
// servicing) and "quem abre o pedido é o distribuidor" (who opens the order is the distributor)
// name the other party by what it does; our own role is the one said of "a gente"/"nós".
import { checkKind } from './kindCheck';

describe('whose: the other tier named by what it does', () => {
  checkKind([
    ['pt-BR', 'Aqui a gente é o distribuidor, a revenda faz a parte do atendimento. Microsoft 365.', { service: 'license', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Somos revenda indireta; quem abre o pedido de transferência é o distribuidor. O Azure está com outro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Somos o distribuidor, quem atende o cliente é a revenda. Microsoft 365.', { service: 'license', partnerType: 'indirectProvider' }],
  ]);
});
