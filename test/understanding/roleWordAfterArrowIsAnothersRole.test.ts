// "We're the distributor here -> it goes through reseller X (our reseller)": the role word after
// the arrow is the named company's, not a new value of the partner's own type, so the role
// before the arrow stands (understand.ts valuesOf reads a piece's role only where the piece alone
// states it); and the writer's words already spent on one role do not make a named reseller later
// in the sentence theirs (roles.ts namedResellers). A field edited by an arrow is still an edit.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('partner type: a role word after an arrow that names another company', () => {
  checkKind([
    ['pt-BR', '- nós somos o distribuidor → a revenda Beta Nuvem atende (revenda nossa)', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Nós somos o distribuidor aqui, vai via revenda Gama Sul.', { partnerType: 'indirectProvider' }],
    ['en-US', "- we're the distributor here -> goes through reseller Kestrel IT (our reseller)", { partnerType: 'indirectProvider' }],
    ['pt-BR', '- Tipo de parceiro: revenda → distribuidor', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos revenda Microsoft e queremos só dar suporte.', { goal: 'support', partnerType: 'indirectReseller' }],
  ]);
});
