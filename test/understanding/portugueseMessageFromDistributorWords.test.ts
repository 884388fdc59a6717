// "Recebemos da distribuidora…", "chegou e-mail do distribuidor…": the distributor named as the
// one a message came from is another party, not the writer's role (pt-BR lexicon,
// `structure.others`); what its quoted words say to us ("vocês são nossa revenda") is our role.
import { checkKind } from './kindCheck';

describe('Portuguese: a message received from the distributor names another party', () => {
  checkKind([
    [
      'pt-BR',
      'Recebemos da distribuidora: "vocês, como nossa revenda indireta, não abrem o pedido, quem abre somos nós." Cliente: Teams via EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Veio resposta do distribuidor sobre o cliente: Azure de outro CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Nós somos a distribuidora; cliente com Azure via EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
  ]);
});
