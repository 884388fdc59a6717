// Kind "question": a note that says a usage-based product and a goal, then a labelled question
// about the product answered with another one. The goal said beside the first product stays: the
// product it goes with is now a license, which has a goal (as in a thread, where a newer part may
// name another service).
import { checkKind } from './kindCheck';

describe('kind: question, the product corrected by the answer keeps the goal said before', () => {
  checkKind([
    ['en-US', 'They use Azure and want to move it to us.\nAgent: is it really Azure?\nno, Dynamics 365', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Они используют Azure и хотят перенести его к нам.\nАгент: точно Azure?\nнет, Dynamics 365', { service: 'license', goal: 'move' }],
    ['zh-CN', '他们用的是Azure，想转过来。\n客服：确定是Azure吗？\n不是，是Dynamics 365', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Eles usam o Azure e querem transferir para a gente.\nAtendente: é mesmo o Azure?\nnão, Dynamics 365', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Azure-t használnak, és át akarják hozni hozzánk.\nÜgyintéző: biztos, hogy Azure?\nnem, Dynamics 365', { service: 'license', goal: 'move' }],
  ]);
});
