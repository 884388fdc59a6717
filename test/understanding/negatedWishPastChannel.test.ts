// Kind "not X but Y": a negated wish whose object is named by the channel it was bought through
// ("don't want the EA subscriptions moved") refuses the move, not the channel: EA is still the
// channel, and the goal is asked, never read as a move. A negated purchase before the goal's verb
// still refuses the channel (negatedWishBounds.test.ts).
import { checkKind } from './kindCheck';

describe('kind: a negated wish reaches past the channel that names its object, to the goal', () => {
  checkKind([
    ['en-US', "They don't want the EA subscriptions moved.", { channel: 'ea' }],
    ['ru-RU', 'Они не хотят подписки EA к нам переносить.', { channel: 'ea' }],
    ['zh-CN', '他们不希望把EA的订阅转过来。', { channel: 'ea' }],
    ['pt-BR', 'Eles não querem as assinaturas do EA transferidas.', { channel: 'ea' }],
    ['hu-HU', 'Nem akarják az EA előfizetéseket átvinni.', { channel: 'ea' }],
  ]);
});
