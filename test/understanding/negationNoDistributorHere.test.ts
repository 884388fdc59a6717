// «Дистрибьютора в схеме нет» (there is no distributor in the chain): the distributor is denied,
// so a direct partner saying so stays direct.
import { checkKind } from './kindCheck';

describe('kind: whose, no distributor in the chain', () => {
  checkKind([
    [
      'ru-RU',
      'Мы работаем напрямую с Microsoft, дистрибьютора в схеме нет. Office 365 по Open.',
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    ['ru-RU', 'Дистрибьютора тут нет, мы прямой партнёр, Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
