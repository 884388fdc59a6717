// "Não é CSP, é pacote da operadora": the carrier's bundle said not to be CSP after the denial is
// a third party's, not syndication; "é a X, revenda CSP," names a CSP seller in apposition, and
// "troca de CSP" says the customer buys from another CSP (pt-BR lexicon, channel thirdParty and
// otherCsp).
import { checkKind } from './kindCheck';

describe('Portuguese: a carrier bundle that is not CSP, a CSP seller in apposition, a change of CSP', () => {
  checkKind([
    ['pt-BR', 'O Office 365 deles não é CSP, é um combo da operadora junto com a fibra.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Conferi no portal: quem fatura é a NuvemBoa, revenda CSP, desde 2021.', { channel: 'otherCsp' }],
    ['pt-BR', 'Resumo: Microsoft 365 Business Premium, é troca de CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
