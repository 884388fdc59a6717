// Kind "not X but Y" and its plain form: a negated wish with the product said before the goal's
// verb ("don't want the Microsoft 365 licences moved", "不希望把许可证转过来") refuses the move, not
// the product: the product is still the service, and the goal is asked, never read as a move. A
// word that joins another clause between them keeps the negation on the product ("don't use
// Azure and want to move").
import { checkKind } from './kindCheck';

describe('kind: a negated wish reaches past its object, the product, to the goal', () => {
  checkKind([
    ['en-US', "They don't want the Microsoft 365 licences moved.", { service: 'license' }],
    ['ru-RU', 'Они не хотят лицензии Microsoft 365 к нам переносить.', { service: 'license' }],
    ['zh-CN', '他们不希望把Microsoft 365许可证转过来。', { service: 'license' }],
    ['pt-BR', 'Eles não querem as licenças do Microsoft 365 transferidas.', { service: 'license' }],
    ['hu-HU', 'Nem akarják a Microsoft 365 licenceket átvinni.', { service: 'license' }],
    ['en-US', "They don't use Azure and want to move.", { goal: 'move' }],
  ]);
});
