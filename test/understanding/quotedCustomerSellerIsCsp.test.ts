// Words the partner forwards from the customer speak in the customer's voice: "our supplier" there is
// the customer's own seller, and a purchase from a party the same sentence says is a CSP is bought
// from another CSP. A denial, a channel the quote states, or a CSP only wished for keep their reading.
import { checkKind } from './kindCheck';

describe("a seller said to be a CSP in the customer's quoted words", () => {
  checkKind([
    [
      'en-US',
      'Forwarding the client\'s note:\n"Hello, we got our Dynamics 365 seats from our supplier, Brightline Ltd, which is a CSP partner. Please take care of support for us."',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Пересылаю письмо заказчика:\n«Лицензии Office 365 мы покупали у своего поставщика „Вектор“ (это CSP-партнёр). Просим взять поддержку на себя.»',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '转发客户原话：\n“我们的 Office 365 是在我们的供应商（也是一家 CSP）那里买的，想请你们负责运维。”',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Segue o e-mail da cliente:\n"Compramos o Office 365 com nosso fornecedor, a DataSul, que é parceira CSP. Queremos que vocês cuidem do suporte."',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Továbbítom az ügyfél levelét:\n„Az Office 365-öt a kereskedőnktől, a Kék Kft.-től vettük, ami CSP partner. Kérjük, vegyék át az üzemeltetést.”',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    // Near misses: the partner's own reseller, a seller denied, a channel the quote states, a CSP only looked for.
    ['en-US', 'We sold it through our reseller, Brightline, who is a CSP.', {}],
    [
      'en-US',
      'Forwarding the client\'s note:\n"Hello, we got our Dynamics 365 seats from our supplier, Brightline Ltd, which is not a CSP partner."',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'Forwarding the client\'s note:\n"Hello, we bought Dynamics 365 seats and would like to find a CSP partner for support."',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
