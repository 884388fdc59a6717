// A question offering two options ("support or move them?") answered by a reference ("the
// latter") and then again in words ("admin/support only") is decided by the words: the reply may
// mean another question by its reference, its own statement is what it says of this one. A
// reference said of someone ("销售说是前者") and other words after it leave two answers: asked.
import { checkKind } from './kindCheck';

describe('an either/or question answered in words after a reference takes the words', () => {
  checkKind([
    ['en-US', 'Do they want us to just support or move them?\nYes - the latter. And it is admin/support only, billing stays where it is.', { goal: 'support' }],
    ['ru-RU', 'Им нужна поддержка или перенос подписок?\nДа, последнее. Хотя нет, только поддержка, биллинг остаётся как есть.', { goal: 'support' }],
    ['zh-CN', '客户是要我们做支持还是迁移订阅？\n后者。不过目前只要支持，账单不动。', { goal: 'support' }],
    ['pt-BR', 'Eles querem só suporte ou migrar as assinaturas?\nO segundo. Na verdade é só suporte, o faturamento fica onde está.', { goal: 'support' }],
    ['hu-HU', 'Csak támogatást kérnek, vagy átvinni az előfizetéseket?\nAz utóbbit. Illetve csak támogatás kell, a számlázás marad.', { goal: 'support' }],
    // With no words after it, the reference decides.
    ['en-US', 'Do they want us to just support or move them?\nThe latter.', { goal: 'move' }],
    // A reference said of someone, then other words: two answers, and the reader asks.
    ['zh-CN', '这单走我们一级直签，还是走分销商、我们做二级经销商？销售说是前者，交付系统里却挂在分销商下面。', {}, ['partnerType']],
  ]);
});
