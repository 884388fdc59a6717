// Kind "whoseWords": a role noun opening a sentence as the subject of another party's verb ("A
// distribuidora (TD Synnex) tem esse cliente cadastrado", "A revenda atende o cliente") or named as
// a company ("A distribuidora é a TD Synnex") is that party, not this partner's role. Read before:
// both roles, asked. "A distribuidora tem que ser a gente" and "a distribuidora é a gente" stay ours.
import { checkKind } from './kindCheck';

describe('kind: "A distribuidora tem…", "A distribuidora é a X" speak of another party', () => {
  checkKind([
    [
      'pt-BR',
      'A distribuidora (TD Synnex) tem esse cliente cadastrado como deles, mas quem atende somos nós, a revenda que compra por ela. O Azure é do EA do cliente.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Somos distribuidor. A revenda atende o cliente faz anos.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos revenda. A distribuidora é a TD Synnex.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'A distribuidora aqui é a gente.', { partnerType: 'indirectProvider' }],
  ]);
});
