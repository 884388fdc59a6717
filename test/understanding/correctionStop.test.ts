// A correction word: «стоп» ("hold on") takes back what was said before it, as «хотя нет» does:
// the last statement wins.
import { checkKind } from './kindCheck';

describe('correction: «стоп»', () => {
  checkKind([
    ['ru-RU', 'мы T1. хотя стоп, нет — мы реселлер через дистрибьютора', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Azure по EA, стоп, по MPSA', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'клиент на EA. Стоп — Open Value, Office 365', { channel: 'open', service: 'license' }],
    ['en-US', 'we are T1. hold on, we are a reseller through a distributor', { partnerType: 'indirectReseller' }],
  ]);
});
