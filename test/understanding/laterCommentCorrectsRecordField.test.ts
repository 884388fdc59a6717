// A work item's later comment that corrects one of its fields wins, and its words must be read in
// every variant: a seller named with an aside ("Fernhill, the shop they bought from, is actually a
// CSP partner"), European "faturação" for billing, Northeastern "把账单弄到咱们这边".
import { checkKind } from './kindCheck';

describe('a later comment correcting a field of a record', () => {
  checkKind([
    [
      'en-US',
      'Ticket 310\nProduct: Microsoft 365\nChannel: thirdParty\nNote added later by Priya: correction, Fernhill, the shop they bought from, is actually a CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'Item 58\nProduto: Microsoft 365\nObjetivo: suporte\nComentário (Rui, mais tarde): não, querem que assumamos a faturação.',
      { service: 'license', goal: 'move' },
    ],
    ['zh-CN', '任务 311\n产品：Microsoft 365\n目标：支持\n评论（老王，后补）：不对，客户是想把账单弄到咱们这边。', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Задача 312\nПродукт: Microsoft 365\nЦель: сопровождение\nКомментарий (позже, Ольга): поправка, клиент хочет перевести биллинг к нам.',
      { service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Feladat 313\nTermék: Microsoft 365\nCél: támogatás\nMegjegyzés (később, Kata): javítás, az ügyfél azt akarja, hogy vegyük át a számlázást.',
      { service: 'license', goal: 'move' },
    ],
    // Near misses: billing that stays with Microsoft is the channel, not a move; we as the seller are no other CSP.
    ['pt-BR', 'Item 59\nProduto: Microsoft 365\nComentário: a faturação continua com a Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Microsoft 365. We are the vendor they buy from, and we are a CSP partner.', { service: 'license' }],
  ]);
});
