// A named seller said to be a CSP partner or not, in Portuguese (pt-BR channel entries): "com a
// parceira CSP X", "A X é parceira CSP", "atual parceira CSP da cliente", "X, eles são CSP", a notice's "Parceiro: X
// (CSP)" -> another CSP; "X não é parceira CSP, vende como pacote próprio", "eles não são
// parceiro Microsoft, só hospedagem" -> a third party. The partner's own words ("somos a revenda
// CSP", "Parceiro: nós (CSP)") are no other CSP. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a named seller said to be a CSP or not (Portuguese)', () => {
  checkKind([
    ['pt-BR', 'Os 40 Microsoft 365 E3 estão com a parceira CSP Serra Nuvem; querem trazer pra nós.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'Aviso da renovação: "Parceiro: Vale Digital Informática Ltda. (CSP)." Querem migrar pra gente.', { channel: 'otherCsp', goal: 'move' }],
    ['pt-BR', 'Quem fatura hoje? A Ponto Cloud, eles são CSP.', { channel: 'otherCsp' }],
    [
      'pt-BR',
      'A NetVale não é parceira CSP, vende o Office como pacote próprio junto com a internet. Querem suporte nosso.',
      { channel: 'thirdParty', goal: 'support' },
    ],
    ['pt-BR', 'O Microsoft 365 veio no plano da HostSul; não são parceiro Microsoft, só hospedagem de site.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Somos a revenda CSP Alfa, queremos suporte', { goal: 'support', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Parceiro: nós (CSP).', {}],
    ['pt-BR', 'A Lumen Nuvem é parceira CSP. O cliente quer trazer as licenças pra nós.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'A gente é parceira CSP.', {}],
  ]);
});
