// A word of place before a period noun is a time, not a reference to a listed option: "the
// second half of the year" after "EA or Open?" picks nothing, so the channel stays asked
// (lexicon `structure.periodNoun`); "the second one" alone still picks the second option.
import { checkKind } from './kindCheck';

describe('a place word before a period is no reference to an option', () => {
  checkKind([
    ['en-US', 'Is it EA or Open? They want to move in the second half of the year.', { goal: 'move' }, ['channel']],
    ['en-US', 'EA, Open Value or the Advisor program? We start in the first week of May.', {}, ['channel']],
    ['en-US', 'EA or Open? The second one.', { channel: 'open' }],
    ['ru-RU', 'Они на EA или Open? Переход во второй половине года.', { goal: 'move' }, ['channel']],
    ['ru-RU', 'Они на EA или Open? Второй вариант.', { channel: 'open' }],
    ['zh-CN', 'EA 还是 Open？第二个月开始迁移。', { goal: 'move' }, ['channel']],
    ['zh-CN', 'EA 还是 Open？第二个。', { channel: 'open' }],
    ['pt-BR', 'EA ou Open? A migração fica pro segundo semestre.', { goal: 'move' }, ['channel']],
    ['pt-BR', 'EA ou Open? Falo com eles na segunda-feira.', {}, ['channel']],
    ['pt-BR', 'EA ou Open? O segundo.', { channel: 'open' }],
    ['hu-HU', 'EA vagy Open? Az átállás a második félévben lesz.', {}, ['channel']],
    ['hu-HU', 'EA vagy Open? A második.', { channel: 'open' }],
  ]);
});
