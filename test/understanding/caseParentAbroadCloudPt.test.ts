// "O GCC é da matriz americana": the parent company with its country after it is still the
// parent, whose cloud is not this customer's; "o cliente é global" after a cloud was named
// answers the cloud.
import { checkKind } from './kindCheck';

describe('case: the parent abroad keeps its cloud; the customer said global after a cloud', () => {
  checkKind([
    ['pt-BR', 'O GCC High é da matriz americana. Licenças do Microsoft 365 via parceiro Advisor.', { channel: 'advisor', service: 'license' }],
    ['pt-BR', 'Não é GCC, isso é da matriz europeia; o cliente é global. Azure pelo EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
