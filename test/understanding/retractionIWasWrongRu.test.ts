// «Ошибся», «оговорилась» said by the writer takes back what came before, as «это ошибка» does;
// the customer's own mistake («клиент ошибся») takes back nothing.
import { checkKind } from './kindCheck';

describe('kind: variant, I was wrong', () => {
  checkKind([
    ['ru-RU', 'Вчера писала, что Office 365 у них по Open — ошиблась, Office 365 у них по EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Писал, что Azure у них от другого CSP, я оговорился: Azure у них напрямую от Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Office 365 по EA, клиент ошибся с количеством лицензий.', { channel: 'ea', service: 'license' }],
  ]);
});
