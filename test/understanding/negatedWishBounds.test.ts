// Kind "not X but Y", the bounds of a negated wish reaching past the product to the goal's verb
// (negatedWishPastObject.test.ts): a negated purchase does not reach past the channel (the
// channel refused before a verb of moving stays refused), the goal's verb may stand right against the
// product (Chinese), it reaches no further than a verb's reach, and only a joining word between
// the negation and the verb stops it, not one before the negation or after the verb.
import { checkKind } from './kindCheck';

describe('kind: a negated purchase, not past the channel', () => {
  checkKind([
    ['en-US', 'We did not buy through EA to move the licences to us.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Они не через EA покупали чтобы к нам переносить.', { goal: 'move' }],
    ['zh-CN', '他们没有通过EA买许可证要转过来。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Eles não compraram pelo EA para transferir as licenças.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Nem EA-n keresztül vették hogy átvigyük.', { goal: 'move' }],
  ]);
});

describe('kind: a negated wish, the verb written right after the product', () => {
  checkKind([['zh-CN', '他们不希望许可证转过来。', { service: 'license' }]]);
});

describe('kind: a negated wish, a verb further than its reach', () => {
  // The move belongs to the Azure subscriptions, seven words after the "not".
  checkKind([['en-US', "not office 365 it's the azure subscriptions they want us to move", { service: 'usage' }]]);
});

describe('kind: a negated wish, a joining word before the negation', () => {
  checkKind([
    ['en-US', "And they don't want the Microsoft 365 licences moved.", { service: 'license' }],
    ['ru-RU', 'И они не хотят лицензии Microsoft 365 к нам переносить.', { service: 'license' }],
    ['pt-BR', 'Mas eles não querem as licenças do Microsoft 365 transferidas.', { service: 'license' }],
    ['hu-HU', 'És nem akarják a Microsoft 365 licenceket átvinni.', { service: 'license' }],
  ]);
});

describe('kind: a negated wish, a joining word after the verb', () => {
  checkKind([
    ['en-US', "They don't want the Microsoft 365 licences moved and they need support.", { service: 'license', goal: 'support' }],
    ['ru-RU', 'Они не хотят лицензии Microsoft 365 к нам переносить а хотят поддержку.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Eles não querem as licenças do Microsoft 365 transferidas mas querem suporte.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Nem akarják a Microsoft 365 licenceket átvinni de támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
});
