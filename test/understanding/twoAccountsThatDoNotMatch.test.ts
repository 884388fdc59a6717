// Two accounts of one question that the writer says do not match ("the order form says move, the owner
// says support only; doesn't match", «друг другу противоречат», "两边对不上", "não batem",
// "nem egyeznek"): neither wins, the question is asked. One account alone keeps its reading.
import { checkKind } from './kindCheck';

describe('two accounts that do not match', () => {
  checkKind([
    [
      'en-US',
      "Case 4410 | Customer: Brookline Optics\nRequested outcome: move the billing to us\nAgent note: on the call the owner said they only want us for admin and support and will keep paying Microsoft. Doesn't match the requested outcome above.",
      {},
      ['goal'],
    ],
    [
      'zh-CN',
      '合同上写的是企业协议（EA），但客户财务说每个月直接刷信用卡付给微软，两边对不上。我们是分销商。',
      { partnerType: 'indirectProvider' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Клиент прислал два документа, и они друг другу противоречат: в одном написано Open Value, в другом EA. Хотят, чтобы мы вели поддержку.',
      { goal: 'support' },
      ['channel'],
    ],
    [
      'pt-BR',
      'Pelo contrato é Open Value, mas a fatura mensal vem da Vivo com o Office 365 no pacote de dados; não batem.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Két számlát küldtek, és nem egyeznek: az egyiken a Telekom csomagja szerepel, a másikon egy CSP-partner. Át akarják hozni hozzánk a licenceket.',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    [
      'pt-BR',
      'Os dois sócios não se entendem: um quer que a gente passe a emitir a cobrança do Microsoft 365, o outro quer a gente só no suporte.',
      { service: 'license' },
      ['goal'],
    ],
    ['zh-CN', '客户财务说每个月直接刷信用卡付给微软。我们是分销商。', { channel: 'microsoft', partnerType: 'indirectProvider' }],
    ['pt-BR', 'Eles querem que a gente passe a emitir a cobrança do Microsoft 365.', { service: 'license', goal: 'move' }],
    ['en-US', 'Requested outcome: move the billing to us. The owner confirmed it on the call.', { goal: 'move' }],
  ]);
});
