// «Переносить лицензии к нам они пока не хотят»: the "no" after the goal's verb reaches over its
// object and «к нам» (to us), which only says where to, as over a filler word.
import { checkKind } from './kindCheck';

describe('kind: notButY, a "no" after the verb, its object and "to us"', () => {
  checkKind([
    ['ru-RU', 'Переносить лицензии к нам они пока не хотят, нужна только поддержка Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Переводить подписки к нам клиент пока не хочет, нужно только администрирование Microsoft 365.', { service: 'license', goal: 'support' }],
  ]);
});
