// Kind "undecided": words saying a question was left undecided ("they haven't decided", «пока не
// решили», "还没决定", "ainda não decidiram", "még nem döntöttek") leave open the questions their
// own sentence names; an answer corrected in another sentence keeps its last value. Said in a
// sentence that names nothing, they are about the whole story before them.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: undecided, only the question its own sentence names is left open', () => {
  checkKind([
    ['en-US', "They bought through EA, sorry, through Open. Whether to move or just support, they haven't decided.", { channel: 'open' }, ['goal']],
    ['ru-RU', 'Покупали через EA, точнее через Open. Переносить или только поддержка — пока не решили.', { channel: 'open' }, ['goal']],
    ['zh-CN', '他们是通过EA买的，不对，是通过Open买的。迁移还是只要支持，还没决定。', { channel: 'open' }, ['goal']],
    ['pt-BR', 'Compraram pelo EA, quer dizer, pelo Open. Migrar ou só suporte, ainda não decidiram.', { channel: 'open' }, ['goal']],
    ['hu-HU', 'EA-n keresztül vették, bocsánat, Openen keresztül. Hogy átvigyük vagy csak támogatás, még nem döntöttek.', { channel: 'open' }, ['goal']],
  ]);
});

describe('kind: undecided, said in a sentence that names nothing it is about every question told', () => {
  checkKind([['en-US', 'Still undecided. EA, sorry, Open.', {}, ['channel']]]);
});

describe('kind: undecided, a sentence after the words of no decision is not theirs', () => {
  checkKind([
    ['en-US', "Move or support, they haven't decided. They bought through EA, sorry, through Open.", { channel: 'open' }, ['goal']],
    ['ru-RU', 'Переносить или только поддержка — пока не решили. Покупали через EA, точнее через Open.', { channel: 'open' }, ['goal']],
    ['zh-CN', '迁移还是只要支持，还没决定。他们是通过EA买的，不对，是通过Open买的。', { channel: 'open' }, ['goal']],
    ['pt-BR', 'Migrar ou só suporte, ainda não decidiram. Compraram pelo EA, quer dizer, pelo Open.', { channel: 'open' }, ['goal']],
    ['hu-HU', 'Hogy átvigyük vagy csak támogatás, még nem döntöttek. EA-n keresztül vették, bocsánat, Openen keresztül.', { channel: 'open' }, ['goal']],
  ]);
});

describe('kind: undecided, the words of no decision reach their own sentence only, wherever it stands', () => {
  const moved = { channel: 'open', service: 'license' } as const;
  // A correction in another sentence still decides its question: only the goal is left open.
  checkDoubted([
    ['en-US', "They haven't decided whether to move the licences. EA, sorry, Open.", moved, { goal: 'move' }],
    ['en-US', "EA, sorry, Open. They haven't decided whether to move the licences", moved, { goal: 'move' }],
  ]);
  // A sentence of no decision that names only what it is not is about the whole story: the corrected channel stays open.
  checkKind([
    ['en-US', "EA, sorry, Open. They haven't decided yet, and it's not Azure.", {}, ['channel']],
    ['pt-BR', 'EA, desculpa, Open. Ainda não decidiram, e não é Azure.', {}, ['channel']],
  ]);
});

describe('kind: undecided, the sentence of no decision reaches from its first word to its last', () => {
  checkKind([['en-US', "Azure, they haven't decided. EA, sorry, Open.", { channel: 'open', service: 'usage' }]]);
  checkDoubted([['en-US', "EA, sorry, Open. They haven't decided on the move", { channel: 'open' }, { goal: 'move' }]]);
});
