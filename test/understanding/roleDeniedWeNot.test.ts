// Kind "whose words": "…, faturamento direto — a gente não" sets us against the role just said
// ("we are not"): the role is another party's, never the partner's own. It mattered where the
// role's clause named no other party (an old reseller described after a heading's colon): the
// role was read as ours.
import { checkKind } from './kindCheck';

describe('kind: whose words, a role followed by "we are not" is not ours', () => {
  checkKind([
    ['pt-BR', 'Sobre a Clínica Bem Estar: o parceiro que eles tinham era Tier 1, faturamento direto, nós não.', {}],
    ['pt-BR', 'Sobre a Clínica Bem Estar: o parceiro que eles tinham era Tier 1, faturamento direto, mas a gente não.', {}],
    // Our own role said after it is read.
    // The customer's reseller of before is its old CSP, as "a antiga revenda" is.
    [
      'pt-BR',
      'Quanto à Padaria Sol: a revenda de antes era T1, cobrança direta — a gente não, somos revenda T2.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    // "A gente não" followed by a verb is no denial of the role before it.
    ['pt-BR', 'Somos revenda T2, a gente não compra direto.', { partnerType: 'indirectReseller' }],
  ]);
});
