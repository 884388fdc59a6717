// A transfer request's "Parceiro de origem" (the partner the subscriptions leave) is another CSP
// partner, and a field, not a speaker of a transcript: the comment below it is still read. A role
// said beside it ("revenda CSP") is that partner's, not ours.
import { checkKind } from './kindCheck';

describe('channel: the source partner of a transfer is another CSP', () => {
  checkKind([
    ['pt-BR', 'Parceiro de origem: Alfa Cloud\nProduto: Microsoft 365 E3', { channel: 'otherCsp', service: 'license' }],
    [
      'pt-BR',
      'Pedido de transferência:\nParceiro de origem: Beta Nuvem Ltda\nProduto: Azure\nobservação (nós, CSP direto): falta o aceite do cliente.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['pt-BR', 'Parceiro de origem: Gama TI (revenda CSP)\nProduto: Azure', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
