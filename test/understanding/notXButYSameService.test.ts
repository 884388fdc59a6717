// "Not X but Y" where both products are of one kind of service ("not Dynamics 365 but Office
// 365"): the first product is denied, the second one is said instead. The two are not one phrase
// negated as a whole ("not the Office licences"), since a joining word stands between them.
import { checkKind } from './kindCheck';

describe('kind: not X but Y, two products of the same kind of service', () => {
  checkKind([
    ['en-US', 'not Dynamics 365 but Office 365, and they want us to support it', { service: 'license', goal: 'support' }],
    ['ru-RU', 'нет подожди не Dynamics а Office триста шестьдесят пять и хотят перенести к нам с биллингом', { service: 'license', goal: 'move' }],
    ['zh-CN', '不是Dynamics而是Office 365，客户要我们代管', { service: 'license', goal: 'support' }],
    ['pt-BR', 'não Dynamics 365 mas Office 365, e querem migrar o faturamento pra gente', { service: 'license', goal: 'move' }],
    ['hu-HU', 'nem Dynamics hanem Office 365 és csak támogatást kérnek', { service: 'license', goal: 'support' }],
    // One phrase negated as a whole stays so: the product said instead is of the other kind.
    ['en-US', 'not the Office licences, it is the Azure', { service: 'usage' }],
  ]);
});
