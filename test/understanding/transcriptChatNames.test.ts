// Kind "thread": a team chat pasted without times names its people in full ("Ben Harper:",
// "[Teams] Alicia Gomez:"). Two such names make the message a conversation, read turn by turn,
// the latest turn deciding: a colleague's correction of the partner's role wins over the role
// said before it, where reading the whole as one statement left both open. A single name, or
// one-word labels, stay one statement.
import { checkKind } from './kindCheck';

describe('kind: thread, a chat pasted without times, its people named in full, is read turn by turn', () => {
  checkKind([
    ['en-US', "Ben Harper: we're the distributor on this one\nAlicia Gomez: no, we buy it through Arrow as the reseller", { partnerType: 'indirectReseller' }],
    [
      'en-US',
      "[Teams] Ben Harper: customer on an EA, we're the distributor on this one\n[Teams] Alicia Gomez: we're not the distributor for Carver, that's Arrow. we buy it through Arrow as the reseller",
      { channel: 'ea', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Иван Петров: мы тут дистрибьютор\nОльга Смирнова: нет, мы реселлер, закупаемся через дистрибьютора', { partnerType: 'indirectReseller' }],
    [
      'pt-BR',
      'João Silva: somos o distribuidor nesse caso\nMaria Souza: não, somos revenda e compramos pelo distribuidor',
      { partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Kovács Péter: mi vagyunk a disztribútor\nNagy Anna: nem, viszonteladók vagyunk, disztribútoron keresztül veszünk',
      { partnerType: 'indirectReseller' },
    ],
    ['en-US', "Ben: we're the distributor on this one\nAlicia: we buy it through Arrow as the reseller", {}, ['partnerType']],
  ]);
});
