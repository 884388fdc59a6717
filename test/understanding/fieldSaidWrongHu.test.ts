// "A mező hibás" (the field is wrong) takes back the value a form's field gave: what follows it,
// the correct value, decides ("Partnertípus: közvetlen … a mező hibás, mi közvetett viszonteladó vagyunk").
import { checkKind } from './kindCheck';

describe('words: a field said to be wrong in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Partnertípus: közvetlen számlázó. A mező hibás, mi közvetett viszonteladó vagyunk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Csatorna: EA\nA rovat rossz: az Azure-t egy másik CSP partnertől vették.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
