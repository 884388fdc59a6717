// "A coligada" (the affiliate of the group) named alone is another company of the group, like
// "a empresa coligada": its EA is not this customer's. A seller named after a long product name
// ("comprou o Microsoft 365 E3 de um parceiro CSP") is still the seller of the purchase.
import { checkKind } from './kindCheck';

describe('case: the affiliate named alone is another company; the seller after a long product', () => {
  checkKind([
    ['pt-BR', 'A coligada tem um EA. Nosso lead comprou o Office 365 E1 de um parceiro CSP do Recife.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'A coligada do grupo assinou EA. Este cliente usa Dynamics 365 e quer só suporte.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Eles adquiriram o Dynamics 365 Sales de uma revenda CSP de Goiânia.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
