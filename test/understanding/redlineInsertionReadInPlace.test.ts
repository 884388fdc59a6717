// A redline pastes the words put in beside the words taken out: "[deleted: …]" states nothing, and
// "[inserted: …]" states what its words say, read in the sentence they were put in (its label and
// brackets would make them an aside). Same in the five languages; "eliminado" is a pt deletion too.
import { checkKind } from './kindCheck';

describe('a redline insertion is read in its sentence, in five languages', () => {
  checkKind([
    [
      'en-US',
      'Draft SOW: the tenant buys Azure [deleted: under an EA] [inserted: directly from Microsoft, by card].',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', 'Scope note: Azure is bought from [inserted: Microsoft directly].', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Minuta: "A empresa compra o Azure [eliminado: por um EA] [inserido: de outro parceiro CSP]."', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Minuta revisada: a prefeitura paga o Microsoft 365 [inserido: direto à Microsoft, no cartão].', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Черновик: заказчик оплачивает Azure [удалено: по EA] [добавлено: напрямую Microsoft картой].', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '合同草稿：客户的 Azure [删除：走 EA] [插入：直接从 Microsoft 官网购买]。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '合同草稿：客户的 Azure [刪除：走 EA] [插入：直接从 Microsoft 官网购买]。', { channel: 'microsoft', service: 'usage' }],
    [
      'hu-HU',
      'Tervezet: az ügyfél az Azure-t [törölve: EA-n keresztül] [beszúrva: közvetlenül a Microsofttól veszi].',
      { channel: 'microsoft', service: 'usage' },
    ],
    // Near misses: words that only look like the label keep their reading.
    ['en-US', 'We added Azure last month, they buy it through an EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O cliente tem Microsoft 365 por Open Value (inserido no contrato em 2022).', { channel: 'open', service: 'license' }],
  ]);
});
