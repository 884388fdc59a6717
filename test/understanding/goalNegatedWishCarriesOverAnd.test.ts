// A "not" said of a wish covers all the wish holds: "they don't want us to manage it and bill
// them" wants neither, so no goal is read. A new word of wanting ("they want us to bill them"),
// a clause of its own, or a "but" (what is wanted instead) is no part of the refused wish.
import { checkKind } from './kindCheck';

describe('goal: a refused wish refuses every goal joined to it by "and"', () => {
  checkKind([
    ['en-US', "The customer doesn't want us to look after the tenant and bill them.", {}],
    ['ru-RU', 'Клиент не хочет, чтобы мы вели тенант и выставляли ему счета.', {}],
    // Russian puts the refused wish after a comma: «не хочет, чтобы» still says no to it.
    ['ru-RU', 'Клиент не хочет, чтобы мы переносили подписки к себе.', {}],
    ['zh-CN', '客户不希望我们管理租户并开票。', {}],
    ['pt-BR', 'O cliente não quer que a gente administre o tenant e fature.', {}],
    ['hu-HU', 'Az ügyfél nem akarja, hogy mi kezeljük a tenantot és számlázzunk neki.', {}],
  ]);
});

describe('goal: what is wanted besides the refused wish is still read', () => {
  checkKind([
    ['en-US', "The customer doesn't want us to look after the tenant, they want us to bill them.", { goal: 'move' }],
    ['en-US', 'The customer wants not support but a move of the subscriptions.', { goal: 'move' }],
    ['ru-RU', 'Клиент не хочет, чтобы мы вели тенант, хочет, чтобы мы выставляли ему счета.', { goal: 'move' }],
  ]);
});
