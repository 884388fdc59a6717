// "The distributor has nothing to do with it": a party said not to take part in the case is no
// second role beside the partner's own, in every language ("ни при чём", "没关系", "não tem
// nada a ver", "semmi köze hozzá").
import { checkKind } from './kindCheck';

describe('kind: whose, a party said to have nothing to do with the case', () => {
  checkKind([
    [
      'en-US',
      "we're direct bill, the distributor has nothing to do with it. M365, they want support",
      { service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'напоминаю, мы direct bill, дистрибьютор тут ни при чём. Клиенту нужна поддержка Microsoft 365',
      { service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    ['zh-CN', '我们是直签的一级，分销商跟这个没关系。客户的 Microsoft 365 要我们代管', { service: 'license', goal: 'support', partnerType: 'direct' }],
    [
      'pt-BR',
      'somos diretos, o distribuidor não tem nada a ver com isso. Querem suporte no Microsoft 365',
      { service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'mi direkt partnerek vagyunk, a disztribútornak semmi köze hozzá. A Microsoft 365-höz támogatást kérnek',
      { service: 'license', goal: 'support', partnerType: 'direct' },
    ],
  ]);
});
