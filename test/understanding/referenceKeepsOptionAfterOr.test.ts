// A question offering two options of which only the second is read ("from a friend or under an
// Open agreement?"), answered by a reference to the second ("The latter."): the reference keeps
// the option it names, the one read after the "or".
import { checkKind } from './kindCheck';

describe('a reference to the second option keeps the one read after the "or"', () => {
  checkKind([
    ['en-US', 'Was it bought from a friend or under an Open agreement? The latter, I checked.', { channel: 'open' }],
    ['pt-BR', 'Foi comprado de um amigo ou pelo EA? O último.', { channel: 'ea' }],
    ['hu-HU', 'Egy baráttól vették vagy EA-n keresztül? Az utóbbi.', { channel: 'ea' }],
    ['zh-CN', '是从朋友那买的还是走的EA？后者。', { channel: 'ea' }],
  ]);
});
