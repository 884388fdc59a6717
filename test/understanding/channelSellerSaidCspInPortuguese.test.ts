// A seller said to be a CSP partner in everyday Portuguese: named after its word ("a revenda Alfa
// é CSP"), one of two options ("ou com uma revenda CSP"), one that lost its CSP credential, a
// hosting company outside CSP, and a small shop ("lojinha") that is not a CSP.
import { checkKind } from './kindCheck';

describe('A seller said CSP or not in Portuguese', () => {
  checkKind([
    ['pt-BR', 'O cliente comprou o Azure da revenda Alfa; a revenda Alfa é parceira CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O M365 deles veio da revenda Beta. A revenda Beta é CSP, vi no portal.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Foi com uma revenda CSP, segundo o cliente. Dynamics 365.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Ou foi com a empresa de hospedagem (que não é CSP) ou com uma revenda CSP, ninguém sabe. Azure.', { service: 'usage' }, ['channel']],
    ['pt-BR', 'o azure vinha de uma empresa que revendia pelo partner center mas perdeu o credenciamento csp', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Azure comprado via empresa de hospedagem (fora do CSP).', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'compraram o office 365 numa lojinha do bairro, nao é parceiro csp', { channel: 'thirdParty', service: 'license' }],
  ]);
});
