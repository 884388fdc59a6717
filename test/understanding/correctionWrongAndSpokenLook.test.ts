// "– errado, …" takes back what was said before it; a spoken "ó" (look) between two thoughts of a
// dictated message ends the doubt before it.
import { checkKind } from './kindCheck';

describe('"errado," corrects; a spoken "ó" ends a doubt', () => {
  checkKind([
    ['pt-BR', 'No cadastro estamos como revenda indireta – errado, aqui somos parceiro direto. Azure.', { service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'acho que somos revenda mas pode ser distribuidor não tenho certeza ó o cliente comprou o office de outro parceiro csp',
      { channel: 'otherCsp', service: 'license' },
      ['partnerType'],
    ],
  ]);
});
