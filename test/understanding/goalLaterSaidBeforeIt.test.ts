// A word for later said before the goal it puts off ("support now and next year a move",
// «сейчас поддержка, а через год перенос», "明年再迁移", "ano que vem migrar", "jövőre átvitel")
// puts off that goal, not the one told for today: support is the goal now, as with "the move later".
import { checkKind } from './kindCheck';

describe('goal: a goal put off by a word for later said before it gives way to the goal for today', () => {
  checkKind([
    ['en-US', 'The customer wants support now and next year a move.', { goal: 'support' }],
    ['en-US', 'The customer wants support for now and eventually a move.', { goal: 'support' }],
    ['en-US', 'The customer wants support now and maybe later a move.', { goal: 'support' }],
    ['ru-RU', 'Клиенту сейчас нужна поддержка, а через год перенос.', { goal: 'support' }],
    ['zh-CN', '客户现在先要支持，明年再迁移。', { goal: 'support' }],
    ['pt-BR', 'O cliente quer suporte agora, e no ano que vem migrar.', { goal: 'support' }],
    ['hu-HU', 'Az ügyfél most támogatást kér, jövőre átvitelt.', { goal: 'support' }],
  ]);
});

describe('goal: a goal put off with no other goal told is still the goal', () => {
  checkKind([
    ['en-US', 'The customer wants to move eventually.', { goal: 'move' }],
    ['ru-RU', 'Через год клиент хочет перенос.', { goal: 'move' }],
  ]);
});
