// Kind "own words": a partner that buys through a distributor named by its company name
// ("a gente compra via Arrow", "we buy through Ingram") is an indirect reseller: those
// names are distributors. Portuguese had the named distributors only in English.
import { checkKind } from './kindCheck';

describe('kind: own words, we buy through a named distributor', () => {
  checkKind([
    ['en-US', 'We buy everything through Ingram.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'A gente compra tudo pela Ingram.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nós compramos via TD Synnex.', { partnerType: 'indirectReseller' }],
    [
      'pt-BR',
      'Quanto à Padaria Sol: a revenda de antes era T1, cobrança direta — a gente não, a gente compra pela Ingram.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    // The customer's purchase through one is no role of ours.
    ['pt-BR', 'O cliente compra via Arrow.', {}],
    ['pt-BR', 'A gente não compra pela Ingram.', {}],
  ]);
});
