// An escalation lists every product on the tenant, then says which one the case is about: a
// product set outside the scope ("out of scope", «в этот раз не трогаем», "暂不处理") leaves the other
// kind of service, and "only" opening a labelled line may stand two words before its product
// ("Tárgy: csak az AZ PAYG előfizetés"); elsewhere one ("so it's Azure, no, Dynamics" is no "só").
import { checkKind } from './kindCheck';

describe('a product set out of scope leaves the other kind of service', () => {
  checkKind([
    [
      'en-US',
      'Escalation ESC-5521 | tenant contoso-lab.onmicrosoft.com\nProducts: Microsoft 365 E5 x 120, Azure (2 subscriptions)\nThe Azure subscriptions are out of scope; the customer wants the E5 seats moved to us.',
      { service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Эскалация 7731-А\nПродукты: Microsoft 365 E3 ×80, Azure (одна подписка)\nAzure в этот раз не трогаем, клиент хочет перевести E3 к нам.',
      { service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '工单 CN-3390\n产品：Office 365 E3 ×50；另有 Azure 订阅两个（暂不处理）\n客户要把 Office 365 转到我们这里。',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Chamado 8812\nProdutos: Microsoft 365 E3 ×60, Azure ×2\nO Azure fica fora do escopo; o cliente quer transferir o E3 pra gente.',
      { service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Jegy 4410\nTermékek: Microsoft 365 E3 ×30, Azure ×1\nAz Azure hatókörön kívül esik, az ügyfél az E3-at hozzánk szeretné átvinni.',
      { service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Termékek: Microsoft 365 E3, AZ PAYG. Tárgy: csak az AZ PAYG előfizetés.', { service: 'usage' }],
    ['en-US', 'Products: Office 365 E3 and Azure. Scope: only the AZ PAYG subscription.', { service: 'usage' }],
    // Something else set out of scope leaves both kinds asked.
    ['en-US', 'Customer has Microsoft 365 E3 and Azure. The on-prem servers are out of scope.', {}, ['service']],
    ['ru-RU', 'У клиента Microsoft 365 E3 и Azure, серверы в офисе вне рамок задачи.', {}, ['service']],
  ]);
});
