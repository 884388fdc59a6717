// Kind "call-transcript": a speaker's label may name the person and their role in a bracket, with
// commas ("Customer (Ann Lee, finance director):"); the line is still a turn, so the answer in it
// picks among the options the question before listed ("the latter": the billing moved to us), and
// a bare no in it answers the question before (never EA).
import { checkRead } from './kindCheck';

describe('kind: call-transcript, a speaker label with commas in its bracket opens a turn', () => {
  checkRead([
    [
      'en-US',
      'Agent: Do they just need support, or should we take over the billing too?\nCustomer (Ann Lee, finance director): The latter.',
      { goal: 'move' },
      {},
    ],
    [
      'pt-BR',
      'Atendente: Vocês querem só suporte ou passar o faturamento pra gente também?\nCliente (Paula, diretora financeira): A segunda.',
      { goal: 'move' },
      {},
    ],
    ['ru-RU', 'Оператор: Вам нужна только поддержка или перевести биллинг к нам?\nКлиент (Анна Петрова, финансовый директор): Второе.', { goal: 'move' }, {}],
    ['zh-CN', '客服：他们是通过EA买的吗？\n客户（王丽，财务总监）：不是。', {}, { negated: ['channel'] }],
    [
      'hu-HU',
      'Ügyintéző: Csak üzemeltetést kérnek, vagy a számlázást is átvinnék hozzánk?\nÜgyfél (Nagy Anna, pénzügyi igazgató): Az utóbbit.',
      { goal: 'move' },
      {},
    ],
    ['en-US', 'Agent: Did they buy it through an EA?\nCustomer (Tom Reyes, IT director, Keystone): No.', {}, { negated: ['channel'] }],
  ]);
});
