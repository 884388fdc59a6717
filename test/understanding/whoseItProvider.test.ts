// Kind "whose": the customer's IT provider, contractor or outsourcer is another party. Where it
// buys, or what kind of partner it is, says nothing of where this customer bought ("their IT
// contractor buys from EA", «их ИТ-подрядчик закупается по EA», "客户的IT服务商走EA",
// "o fornecedor de TI deles compra por EA", "az IT-szolgáltatójuk EA-n vásárol"). A contrast
// that names the customer again ("but the customer…", «но клиент…», "但客户…", "mas o cliente…",
// "de az ügyfél…"; in Chinese a clause that opens with the customer, "，客户的Azure…") is this
// case once more. Three things stay this customer's: what the IT provider sold it ("bought it
// from them", unless denied: "not from them"), a purchase through it ("through their IT
// company"), and what it reports of the customer's purchase ("says it all went through an EA").
// Only a report of its own buying ("says it buys its own…") is its own.
import { checkKind } from './kindCheck';

describe("kind: whose, the customer's IT provider's own purchases are not this customer's channel", () => {
  checkKind([
    [
      'en-US',
      'Azure for this customer came from Microsoft directly. Their IT contractor buys through an EA for its own clients.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'ru-RU',
      'Azure клиент купил напрямую у Microsoft. Их ИТ-подрядчик закупается по EA, но это для его клиентов.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['zh-CN', '客户的Azure是直接从微软买的。客户的IT服务商自己走EA，那是他们自己的。', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'O Azure o cliente comprou direto da Microsoft. O fornecedor de TI deles compra por EA, mas isso é pros clientes dele.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Az Azure-t az ügyfél közvetlenül a Microsofttól vette. Az IT-szolgáltatójuk EA-n keresztül vásárol, de az a saját ügyfeleinek szól.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});

describe("kind: whose, the customer's IT provider's kind of partner is not this customer's channel", () => {
  checkKind([
    ['en-US', "The customer's IT provider is a syndication partner. Office 365 was bought through Open Value.", { channel: 'open', service: 'license' }],
    ['ru-RU', 'ИТ-аутсорсер клиента — синдикационный партнёр. Office 365 купили по Open Value.', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户的IT外包商是一家syndication合作伙伴。Office 365是通过Open Value买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O fornecedor de TI do cliente é parceiro de syndication. O Office 365 foi comprado via Open Value.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az ügyfél IT-szolgáltatója egy syndication partner. Az Office 365-öt Open Value-n vették.', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: whose, a contrast naming the customer after its IT provider is this case again', () => {
  checkKind([
    ['en-US', 'Their IT vendor buys from a syndication partner, but the customer bought its Azure through an EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Их ИТ-подрядчик покупает у синдикационного партнёра, но Azure клиент брал по EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '他们的IT服务商从syndication合作伙伴那里买，但客户的Azure是通过EA买的。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户的IT服务商以前是syndication合作伙伴，客户的Azure是通过EA买的。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O fornecedor de TI deles compra de um parceiro de syndication, mas o cliente comprou o Azure por EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az IT-szolgáltatójuk egy syndication partnertől vásárol, de az ügyfél maga az Azure-t EA-n vette.', { channel: 'ea', service: 'usage' }],
    [
      'hu-HU',
      'Az IT-szolgáltatójuk a 21Vianettől vásárol, de az ügyfél maga tőlünk vette az Azure-t, még Advisor partnerként.',
      { channel: 'advisor', service: 'usage' },
    ],
  ]);
});

describe('kind: whose, the partner that is the customer’s IT provider is still the partner', () => {
  checkKind([
    ['en-US', "We're their IT provider and they bought Azure through an EA.", { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Mi vagyunk az IT-szolgáltatójuk, az Azure-t EA-n vették.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: whose, what the IT provider sold to the customer is where the customer bought', () => {
  checkKind([
    [
      'en-US',
      'Their IT provider, a local shop that is not a CSP partner and not a syndication partner, resold them Office 365.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['ru-RU', 'Их ИТ-подрядчик, он не CSP и не синдикационный партнёр, перепродал им Office 365.', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户的IT服务商既不是CSP也不是syndication合作伙伴，Office 365是它卖给客户的。', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'O fornecedor de TI deles, que não é parceiro CSP nem de syndication, revendeu para eles o Office 365.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'hu-HU',
      'Az IT-szolgáltatójuk, amely se nem CSP, se nem szindikációs partner, eladta nekik az Office 365-öt.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});

describe("kind: whose, the IT provider's report of the customer's purchase is still a claim about this customer", () => {
  checkKind([
    [
      'en-US',
      'The customer believes they bought Microsoft 365 directly from Microsoft, while their IT contractor says it all went through an EA.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Клиент уверен, что покупал Microsoft 365 напрямую у Microsoft, а их ИТ-подрядчик говорит, что всё было по EA.',
      { service: 'license' },
      ['channel'],
    ],
    ['zh-CN', '客户认为Microsoft 365是直接从微软买的，他们的IT服务商说都是通过EA买的。', { service: 'license' }, ['channel']],
    [
      'pt-BR',
      'O cliente acha que comprou o Microsoft 365 direto da Microsoft, e o fornecedor de TI deles diz que foi tudo por EA.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Az ügyfél szerint a Microsoft 365-öt közvetlenül a Microsofttól vették, az IT-szolgáltatójuk viszont azt mondja, hogy EA-n keresztül ment.',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});

describe('kind: whose, the IT provider telling of its own buying speaks of itself', () => {
  checkKind([
    [
      'en-US',
      'Azure came from Microsoft directly. Their IT contractor says it buys its own licences through an EA.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['ru-RU', 'Azure клиент купил напрямую у Microsoft. Их ИТ-подрядчик говорит, что сам закупается по EA.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户的Azure是直接从微软买的。客户的IT服务商说自己的订阅走EA。', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'O Azure o cliente comprou direto da Microsoft. O fornecedor de TI deles diz que compra as próprias licenças por EA.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Az Azure-t az ügyfél közvetlenül a Microsofttól vette. Az IT-szolgáltatójuk azt mondja, ők EA-n keresztül vásárolnak.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});

describe('kind: whose, a purchase from the IT provider is from its channel, unless denied', () => {
  checkKind([
    ['en-US', 'Their IT provider is another CSP partner, the customer bought the Azure from them.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Их ИТ-подрядчик — другой CSP-партнёр, Azure клиент брал у них.', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户的IT服务商是另一家CSP合作伙伴，客户的Azure就是从他们那里买的。', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O fornecedor de TI deles é outro parceiro CSP, o cliente comprou o Azure com eles.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Az IT-szolgáltatójuk egy másik CSP partner, tőlük vették az Azure-t.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Azure куплен напрямую у Microsoft. Их ИТ-подрядчик — другой CSP-партнёр, но клиент брал не у них.', { channel: 'microsoft', service: 'usage' }],
    [
      'hu-HU',
      'Az Azure-t közvetlenül a Microsofttól vették. Az IT-szolgáltatójuk egy másik CSP partner, de nem tőlük vették.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'pt-BR',
      'O Azure foi comprado direto da Microsoft. O fornecedor de TI deles é outro parceiro CSP, mas não foi comprado deles.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});

describe('kind: whose, a purchase through the IT provider names it as the seller', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through their IT company, which is a CSP partner.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Office 365 клиент купил через их ИТ-подрядчика — другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Office 365是通过客户的IT服务商买的，那家服务商是CSP合作伙伴。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Compraram o Office 365 pela empresa de TI deles, que é parceira CSP.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt az IT-szolgáltatójuktól vették, ami egy CSP partner.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
