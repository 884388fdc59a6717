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
