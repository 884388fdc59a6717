// Kind "channel-goal-words": "um revendedor fora do CSP", "uma loja que não é parceira CSP" is a
// seller outside the CSP program: a third party. Read before as nothing: the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: a seller outside CSP is a third party', () => {
  checkKind([
    ['pt-BR', 'Exchange Online, comprado de um revendedor fora do CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Microsoft 365 veio de uma loja que não é parceira CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Azure foi contratado com um fornecedor de fora do programa CSP.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
