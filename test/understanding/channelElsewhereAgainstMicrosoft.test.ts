// "They bought it from Microsoft, but finance says from a local reseller": two accounts of where
// the customer bought, one of them a seller read as "somewhere else". Outside China that is no
// option, yet it is no less said: the channel is asked, naming both, not answered by the other
// account alone, in either order. Undecided, with an unplaced seller after a "But" that opens its own sentence, the
// read one is asked about by name. A correction, a denial, a seller alone and the China cloud
// (where "somewhere else" is an option) read as before.
import { checkRead } from './kindCheck';

describe('channel words: "somewhere else" against a purchase from Microsoft', () => {
  checkRead([
    [
      'en-US',
      'They got their Microsoft 365 seats straight from Microsoft, but accounting says a local reseller sold them.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'en-US',
      "The customer says they bought Azure directly from Microsoft, but their finance team says from a local reseller; it's not settled yet.",
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    ['ru-RU', 'Office 365 купили напрямую у Microsoft, но бухгалтерия говорит, что у местного реселлера.', { service: 'license' }, { conflicts: ['channel'] }],
    [
      'ru-RU',
      'Клиент говорит, что купил Azure напрямую у Microsoft, но финансовый отдел говорит — у местного реселлера; пока не выяснили.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    ['zh-CN', 'Office 365 是直接从微软买的，但财务说是从本地经销商买的。', { service: 'license' }, { conflicts: ['channel'] }],
    ['zh-CN', '客户说 Azure 是直接在微软官网买的，但财务说是本地经销商卖的，还没定。', { service: 'usage' }, { conflicts: ['channel'] }],
    [
      'pt-BR',
      'Compraram o Office 365 direto da Microsoft, mas o financeiro diz que foi com um revendedor local.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'pt-BR',
      'O cliente diz que comprou o Azure direto da Microsoft, mas o financeiro diz que foi com um revendedor local; ainda não está resolvido.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    [
      'hu-HU',
      'Az Office 365-öt közvetlenül a Microsofttól vették, de a pénzügy szerint egy helyi viszonteladótól.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'hu-HU',
      'Az ügyfél szerint az Azure-t közvetlenül a Microsofttól vették, de a pénzügy szerint egy helyi viszonteladótól; még nem döntöttek.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
  ]);
});

describe('channel words: "somewhere else" said first, then a purchase from Microsoft', () => {
  checkRead([
    [
      'en-US',
      'Finance says they bought Azure from a local reseller, but the customer says directly from Microsoft.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    [
      'ru-RU',
      'Бухгалтерия говорит, что Azure купили у местного реселлера, а клиент говорит — напрямую у Microsoft.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    ['zh-CN', '财务说 Azure 是从本地经销商买的，但客户说是直接从微软买的。', { service: 'usage' }, { conflicts: ['channel'] }],
    [
      'pt-BR',
      'O financeiro diz que o Azure foi comprado com um revendedor local, mas o cliente diz que foi direto da Microsoft.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
    [
      'hu-HU',
      'A pénzügy szerint az Azure-t egy helyi viszonteladótól vették, de az ügyfél szerint közvetlenül a Microsofttól.',
      { service: 'usage' },
      { conflicts: ['channel'] },
    ],
  ]);
});

describe('channel words: an unplaced seller after a "But" that opens a sentence, left undecided', () => {
  checkRead([
    [
      'en-US',
      'They bought it from Microsoft. But finance says it was through some reseller; nobody has confirmed yet.',
      {},
      { hedged: { channel: 'microsoft' } },
    ],
    ['ru-RU', 'Купили у Microsoft. Но бухгалтерия говорит, что через какого-то реселлера; вопрос пока открыт.', {}, { hedged: { channel: 'microsoft' } }],
    ['zh-CN', '是在微软官网买的。但是财务说是通过一家代理商买的，还没对上。', {}, { hedged: { channel: 'microsoft' } }],
    [
      'pt-BR',
      'Compraram direto da Microsoft. Mas o financeiro diz que foi por alguma revenda; ninguém confirmou ainda.',
      {},
      { hedged: { channel: 'microsoft' } },
    ],
    ['hu-HU', 'A Microsofttól vették. De a pénzügy szerint egy viszonteladón keresztül; még nem döntöttek.', {}, { hedged: { channel: 'microsoft' } }],
  ]);
});

describe('channel words: "somewhere else" corrected, denied, alone or in the China cloud reads as before', () => {
  checkRead([
    ['en-US', 'Bought Azure from a local reseller.', { service: 'usage' }, {}],
    ['en-US', 'They bought Azure from Microsoft — no wait, from a local reseller.', { service: 'usage' }, {}],
    ['en-US', 'They bought Azure directly from Microsoft, not from a local reseller.', { channel: 'microsoft', service: 'usage' }, {}],
    ['en-US', 'Partner Center operated by 21Vianet; bought from 21Vianet, but finance says a local reseller.', { cloud: 'china' }, { conflicts: ['channel'] }],
    ['ru-RU', 'Azure купили напрямую у Microsoft, а не у местного реселлера.', { channel: 'microsoft', service: 'usage' }, {}],
    ['ru-RU', 'Облако 21Vianet. Купили напрямую у Microsoft — нет, подождите, у местного реселлера.', { cloud: 'china', channel: 'other' }, {}],
    ['zh-CN', 'Office 365 是直接从微软买的，不是从本地经销商买的。', { channel: 'microsoft', service: 'license' }, {}],
    ['zh-CN', 'Office 365 是在本地经销商买的。', { service: 'license' }, {}],
    ['pt-BR', 'Compraram o Azure direto da Microsoft, não de um revendedor local.', { channel: 'microsoft', service: 'usage' }, {}],
    ['pt-BR', 'Compraram direto da Microsoft — não, pera, de um revendedor local.', {}, {}],
    ['hu-HU', 'Az Azure-t közvetlenül a Microsofttól vették, nem egy helyi viszonteladótól.', { channel: 'microsoft', service: 'usage' }, {}],
    ['hu-HU', 'Közvetlenül a Microsofttól vették — nem, bocsánat, egy helyi viszonteladótól.', {}, {}],
  ]);
});
