// "Distribuidor é de outro contrato nosso": a role said to belong to another contract or customer
// of ours is set aside, as one said to belong to another department is; our role for this case stands.
import { checkKind } from './kindCheck';

describe('a role that belongs to another contract is set aside', () => {
  checkKind([
    ['pt-BR', 'Pessoal, nessa conta somos T1 e faturamos direto. Distribuidor é de outro contrato nosso.', { partnerType: 'direct' }],
    [
      'pt-BR',
      'O cliente comprou o Microsoft 365 pelo EA. A gente é revenda indireta aqui; o papel de distribuidor era de um outro cliente.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Somos parceiro direto. Provedor indireto fica de outra operação nossa.', { partnerType: 'direct' }],
  ]);
});
