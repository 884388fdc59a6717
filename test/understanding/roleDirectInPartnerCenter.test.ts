// Working directly in Partner Center («в партнёрском центре работаем напрямую») is the direct-bill role.
import { checkKind } from './kindCheck';

describe('kind: channel and role words, direct in Partner Center', () => {
  checkKind([
    ['ru-RU', 'Мы в партнёрском центре работаем напрямую, Office 365 хотят перенести к нам.', { service: 'license', goal: 'move', partnerType: 'direct' }],
    ['ru-RU', 'Работаем напрямую через Partner Center, клиент на Azure.', { service: 'usage', partnerType: 'direct' }],
  ]);
});
