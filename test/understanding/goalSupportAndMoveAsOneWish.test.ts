// Support means the partner manages and the billing stays where it is; a move means the partner
// takes the billing over, and manages too. A customer who wants both, joined as one wish ("manage
// it and bill us"), wants a move: the billing does not stay. Two goals offered as options, a goal
// put off till later, or one said under a doubt or a "not" keep being read as before.
import { checkKind } from './kindCheck';

describe('goal: support and a move wished as one are a move', () => {
  checkKind([
    ['en-US', 'The customer wants us to manage the tenant and bill them from now on.', { goal: 'move' }],
    ['en-US', 'They would like us to look after their users and take over the billing too.', { goal: 'move' }],
    ['ru-RU', 'Клиент хочет, чтобы мы сопровождали тенант и забрали биллинг себе.', { goal: 'move' }],
    // "And" may carry the "мы" of the wish on to the billing: «чтобы мы … и выставляли им счета».
    ['ru-RU', 'Заказчик хочет, чтобы мы администрировали его подписки и выставляли ему счета.', { goal: 'move' }],
    ['ru-RU', 'Ведите нас и выставляйте нам счета, пишет клиент.', { goal: 'move' }],
    ['zh-CN', '客户希望我们管理他们的租户并且由我们开票。', { goal: 'move' }],
    ['pt-BR', 'O cliente quer que a gente administre o tenant e assuma o faturamento.', { goal: 'move' }],
    ['hu-HU', 'Az ügyfél azt szeretné, hogy kezeljük a tenantjukat és mi számlázzunk nekik.', { goal: 'move' }],
  ]);
});

describe('goal: two goals that are not one wish keep being read as before', () => {
  checkKind([
    // Offered as options: the speaker's question.
    ['en-US', 'The customer wants us to either manage the tenant or take over the billing.', {}, ['goal']],
    // Billing them offered after "or" is the move too, not a word left unread beside "manage".
    ['en-US', 'Do they want us to manage the tenant or bill them?', {}, ['goal']],
    ['ru-RU', 'Клиент хочет, чтобы мы либо сопровождали тенант, либо забрали биллинг.', {}, ['goal']],
    ['ru-RU', 'Заказчик хочет, чтобы мы либо администрировали его подписки, либо выставляли ему счета.', {}, ['goal']],
    ['zh-CN', '客户希望我们管理他们的租户，或者由我们开票。', {}, ['goal']],
    ['pt-BR', 'O cliente quer que a gente administre o tenant ou assuma o faturamento.', {}, ['goal']],
    ['hu-HU', 'Az ügyfél azt szeretné, hogy vagy kezeljük a tenantjukat, vagy mi számlázzunk nekik.', {}, ['goal']],
    // The move put off till later: support for now.
    ['en-US', 'For now they want us to manage the tenant and take over the billing later.', { goal: 'support' }],
    ['en-US', 'They want us to manage the tenant, and to bill them next year.', { goal: 'support' }],
    // The billing for next year said before it: the same plan in turns, support for now.
    ['hu-HU', 'Most azt kérik, hogy kezeljük a tenantot, és jövőre mi számlázzunk nekik.', { goal: 'support' }],
    // The move said under a doubt: asked.
    ['en-US', 'They want us to manage the tenant and maybe take over the billing.', {}, ['goal']],
    // The move said no to: support.
    ['en-US', 'They want us to manage the tenant but not take over the billing.', { goal: 'support' }],
    ['pt-BR', 'O cliente quer que a gente administre o tenant, mas não quer que a gente assuma o faturamento.', { goal: 'support' }],
  ]);
});

// "Can't decide whether…" is a word of no decision, not a "not": the goals it names stay told,
// asked, and no goal is refused (it took "manage" as refused and read the move that was left).
describe('goal: a customer who cannot decide between the two is asked', () => {
  checkKind([
    ['en-US', "They can't decide whether we should manage the tenant or take over the billing.", {}, ['goal']],
    ['ru-RU', 'Клиент не может решить, сопровождать ли нам тенант или забрать биллинг.', {}, ['goal']],
    ['zh-CN', '客户决定不了是让我们管理租户，还是由我们开票。', {}, ['goal']],
    ['pt-BR', 'O cliente não consegue decidir se a gente administra o tenant ou assume o faturamento.', {}, ['goal']],
    ['hu-HU', 'Az ügyfél nem tudja eldönteni, hogy kezeljük a tenantot, vagy mi számlázzunk.', {}, ['goal']],
  ]);
});
