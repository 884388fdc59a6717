// Kind "negation": a "não" after a question answers it only when it stands alone or says which
// ("É via Open? Não, via EA"); "Não querem mexer na cobrança" after a question is a sentence of
// its own, its verb with an object. Read before as the question's answer: "o que fazemos pra dar
// suporte no Dynamics 365 deles? Não querem…" lost both the product and the support.
import { checkKind } from './kindCheck';

describe('kind: a sentence of its own opened by "não" after a question does not answer it', () => {
  checkKind([
    ['pt-BR', 'O que a gente faz pra dar suporte no Microsoft 365 deles? Não querem mudar a cobrança.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Como fica o Azure deles? Não pode parar nada, é produção.', { service: 'usage' }],
    ['pt-BR', 'Foi via Open Value? Não.', {}],
    ['pt-BR', 'Office 365 via Open? Não, via EA.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Querem mover a cobrança? Não querem.', {}],
  ]);
});
