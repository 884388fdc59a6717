// Kind "whose": the parent company named beside the customer speaks of itself, and the subsidiary
// set against it in the same sentence ("but the subsidiary…", «а дочка…», "而子公司…", "mas a
// filial…", "de a leányvállalat…") is this customer again: its purchase is the answer. Another
// member of the customer's group or network ("another school of the same network", "outra escola
// da mesma rede") is another case, like the parent.
import { checkKind } from './kindCheck';

describe('kind: whose, the subsidiary set against its parent is this customer', () => {
  checkKind([
    ['en-US', 'The parent company is on an EA, but the subsidiary bought its Azure from Microsoft directly.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Материнская компания на EA, а дочка купила Azure напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Материнская компания на EA, а у самой дочки Azure куплен напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '母公司用EA，而子公司的Azure是直接从微软买的。', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'A empresa-mãe tem EA, mas a filial comprou o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az anyavállalat EA-n van, de a leányvállalat közvetlenül a Microsofttól vette az Azure-t.', { channel: 'microsoft', service: 'usage' }],
  ]);
});

describe("kind: whose, another member of the customer's group or network is another case", () => {
  checkKind([
    [
      'en-US',
      'Another school of the same network buys through an EA. This one bought Azure from Microsoft directly.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['ru-RU', 'Другая школа из той же сети покупает по EA. Эта купила Azure напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '同一个集团的另一所学校走EA。这个客户的Azure是直接从微软买的。', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Outra escola da mesma rede compra por EA. Essa aqui comprou o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'hu-HU',
      'A hálózat egy másik iskolája EA-n vásárol. Ez az ügyfél közvetlenül a Microsofttól vette az Azure-t.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
