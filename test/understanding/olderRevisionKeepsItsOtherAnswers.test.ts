// A corrected revision loses only the value the correction replaces: its other answers, in another
// clause of the same line, stand. And a revision corrects only where its label or its first clause
// says so of an answer: a correcting word with another object ("we fix their tickets") is about
// something else, so a changed value with no correction is still asked.
import { checkKind } from './kindCheck';

describe('an older revision keeps the answers a newer one does not correct', () => {
  checkKind([
    [
      'en-US',
      'Wiki: Larkspur Bakery\nrev 1: bought via an Enterprise Agreement; they would like us to take over the billing\nrev 2 (corrected): it is Open Value, not EA',
      { channel: 'open', goal: 'move' },
    ],
    [
      'ru-RU',
      'Страница клиента «Озёрный»\nред. 1: куплено по Enterprise Agreement, хотят, чтобы мы взяли на себя биллинг\nред. 2 (исправлено): Open Value, а не EA',
      { channel: 'open', goal: 'move' },
    ],
    ['zh-CN', '客户页面：某面包店\n第1版：通过企业协议购买，希望我们接手账单\n第2版（更正）：是 Open Value，不是企业协议', { channel: 'open', goal: 'move' }],
    [
      'pt-BR',
      'Página do cliente: Padaria Lírio\nrev 1: comprado por Enterprise Agreement, querem que a gente assuma o faturamento\nrev 2 (corrigido): é Open Value, não EA',
      { channel: 'open', goal: 'move' },
    ],
    [
      'hu-HU',
      'Ügyféllap: Kőris Pékség\n1. vált.: Nagyvállalati Szerződés alatt veszik, azt szeretnék, hogy mi vegyük át a számlázást\n2. vált. (javítva): Open Value, nem EA',
      { channel: 'open', goal: 'move' },
    ],
  ]);
});

describe('a correcting word further into a revision corrects nothing', () => {
  checkKind([
    ['en-US', 'Customer page: Quarry Lane Vets\nv1: channel = Enterprise Agreement\nv2: we fix their tickets now; channel = Open Value', {}, ['channel']],
  ]);
});
