// Kind "filler": a filler word is dropped before reading ("uh", «ну», "嗯", "ne", "izé"), but one
// written in Latin letters only from a message known to be in its language: Portuguese "ne" is
// the Hungarian "don't" ("ne költöztessék át" – do not move them).
import { checkKind } from './kindCheck';

describe("kind: filler, another language's filler is a word of the message", () => {
  checkKind([
    ['hu-HU', 'ne költöztessék át az előfizetéseket hozzánk', {}],
    ['hu-HU', 'ne mozgassák át hozzánk a előfizetéseket, csak támogatás', { goal: 'support' }],
    // Too few function words to tell Hungarian from Portuguese: the filler is kept.
    ['hu-HU', 'ne vegyék át a számlázást', {}],
  ]);
});

describe("kind: filler, a message's own filler between a negation and its answer is dropped", () => {
  checkKind([
    ['en-US', 'they bought it not uh through EA but through Open', { channel: 'open' }],
    ['ru-RU', 'покупали не ну через EA, а через Open', { channel: 'open' }],
    ['zh-CN', '不是嗯通过EA买的，是通过Open', { channel: 'open' }],
    ['pt-BR', 'compraram não ne pelo EA, mas pelo Open', { channel: 'open' }],
    ['hu-HU', 'nem izé EA-n keresztül vették, hanem Open', { channel: 'open' }],
  ]);
});
