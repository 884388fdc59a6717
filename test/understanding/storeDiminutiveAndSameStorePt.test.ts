// A store named in its diminutive ("numa lojinha") or as the one where other goods were bought
// ("na mesma loja onde …") is a retail seller as "numa loja" is; a Microsoft web store in the
// diminutive is still no third party, and a "lojinha local" stays the local seller it was.
import { checkKind } from './kindCheck';

describe('a store in the diminutive or "the same store" is a third party (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'O Project foi comprado numa lojinha do shopping, sem parceiro no meio.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Pegaram o Visio na mesma loja onde compram toner.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Compraram o Visio na lojinha virtual da Microsoft.', { service: 'license' }],
    ['pt-BR', 'O Visio veio de uma lojinha local.', { service: 'license' }],
  ]);
});
