// Kind "relative clause", which comma sets the clause off: only a comma right before "who" makes
// the clause of "who" a relative one, about the noun before it. A comma earlier in the sentence
// ("yes, and who bought via EA, that is the parent company") does not: the clause of "who" is
// still the subject, and the parent company's. In the languages that write a comma between such
// a clause and the rest of the sentence; English writes none there, and Chinese says "who" last
// ("通过EA买的是母公司", relativeClause.test.ts).
import { checkKind } from './kindCheck';

describe('kind: relative clause, a comma earlier in the sentence leaves the clause of "who" the parent company\'s', () => {
  checkKind([
    ['ru-RU', 'Да, и кто покупал через EA, это материнская компания', {}],
    ['pt-BR', 'Sim, e quem comprou pelo EA, foi a matriz', {}],
    ['hu-HU', 'Igen, és aki EA-n keresztül vásárolt, az az anyavállalat', {}],
    ['hu-HU', 'Igen, szóval aki EA-n keresztül vásárolt, az az anyavállalat', {}],
  ]);
});

// A relative clause follows a noun. A comma right before "who" that closes only an opening word
// ("by the way", «кстати», "aliás", "egyébként") or a filler said aloud («ну») follows none: the
// clause of "who" is the subject, and the parent company's. A noun before the comma still makes it
// a relative clause about that noun.
describe('kind: relative clause, an opening word\'s comma before "who" leaves the clause the parent company\'s', () => {
  checkKind([
    ['en-US', 'By the way, who bought through EA, that is the parent company', {}],
    ['ru-RU', 'Кстати, кто покупал через EA, это материнская компания', {}],
    ['ru-RU', 'Ну, кто покупал через EA, это материнская компания', {}],
    ['pt-BR', 'Aliás, quem comprou pelo EA, foi a matriz', {}],
    ['hu-HU', 'Egyébként, aki EA-n keresztül vásárolt, az az anyavállalat', {}],
    ['ru-RU', 'Клиент, кто покупал через EA, принадлежит материнской компании', { channel: 'ea' }],
    ['en-US', 'The customer, who bought via EA, is owned by the parent company', { channel: 'ea' }],
  ]);
});
