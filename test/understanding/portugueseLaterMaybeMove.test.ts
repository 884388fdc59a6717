// "No futuro talvez migração", "mais tarde, quem sabe": a wish put off and doubted after
// what is asked now is no second goal (pt-BR lexicon, `structure.later`).
import { checkKind } from './kindCheck';

describe("Portuguese: a goal for later, doubted, is not today's", () => {
  checkKind([
    ['pt-BR', 'Agora o cliente quer só suporte; no futuro talvez a migração do faturamento.', { goal: 'support' }],
    ['pt-BR', 'Pedido: só suporte por ora; no futuro talvez migração das licenças.', { service: 'license', goal: 'support' }],
  ]);
});
