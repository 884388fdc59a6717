// A question offering two options of which only the second is read ("from a friend or an EA?")
// asks about that one by name, also when it follows the joining word with no space (Chinese) and
// when a later sentence answers another question.
import { checkDoubted } from './kindCheck';

describe('an either/or question with only its second option read asks about it', () => {
  checkDoubted([
    ['zh-CN', '是从朋友那买的还是EA？客户只要支持。', { goal: 'support' }, { channel: 'ea' }],
    ['en-US', 'Was it from a friend or an EA? They just want support.', { goal: 'support' }, { channel: 'ea' }],
    ['pt-BR', 'Foi de um amigo ou EA? Eles só querem suporte.', { goal: 'support' }, { channel: 'ea' }],
  ]);
});
