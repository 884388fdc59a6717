// Kind "relative clause", where the opening word stands: an opening word ("by the way", «кстати»,
// "aliás", "egyébként") leaves the clause of "who" the parent company's only when it opens the
// sentence and its comma is the one right before "who". An opening word before a noun, or one set
// off after the noun, leaves the clause a relative one about that noun. A sentence after another
// one opens where the first ends. (Chinese says "who" last, "通过EA买的是母公司", with no comma
// before it; Portuguese says "que", not "quem", after a noun.)
import { checkKind } from './kindCheck';

describe('kind: relative clause, an opening word before the noun leaves the clause about the noun', () => {
  checkKind([
    ['en-US', 'By the way, the customer, who bought via EA, is owned by the parent company', { channel: 'ea' }],
    ['ru-RU', 'Кстати, клиент, кто покупал через EA, принадлежит материнской компании', { channel: 'ea' }],
    ['hu-HU', 'Egyébként, az ügyfél, aki EA-n keresztül vásárolt, az anyavállalaté', { channel: 'ea' }],
  ]);
});

describe('kind: relative clause, an opening word set off after the noun leaves the clause about the noun', () => {
  checkKind([
    ['en-US', 'The customer, by the way, who bought via EA, is owned by the parent company', { channel: 'ea' }],
    ['ru-RU', 'Клиент, кстати, кто покупал через EA, принадлежит материнской компании', { channel: 'ea' }],
    ['hu-HU', 'Az ügyfél, egyébként, aki EA-n keresztül vásárolt, az anyavállalaté', { channel: 'ea' }],
  ]);
});

describe("kind: relative clause, an opening word opening a second sentence leaves the clause the parent company's", () => {
  checkKind([
    ['en-US', 'Thanks. By the way, who bought through EA, that is the parent company', {}],
    ['ru-RU', 'Спасибо. Кстати, кто покупал через EA, это материнская компания', {}],
    ['ru-RU', 'Спасибо. Ну, кто покупал через EA, это материнская компания', {}],
    ['pt-BR', 'Obrigado. Aliás, quem comprou pelo EA, foi a matriz', {}],
    ['hu-HU', 'Köszönöm. Egyébként, aki EA-n keresztül vásárolt, az az anyavállalat', {}],
  ]);
});
