// «Поддержка дистрибьютора» names the desk that writes: the distributor's own support, so the
// writer is the distributor, and the word «поддержка» in it is no wish for support. Written to
// («обратились в поддержку дистрибьютора»), it is another party's desk and says no role.
import { checkKind } from './kindCheck';

describe("kind: whoseWords, the distributor's support desk is the writer, not the goal", () => {
  checkKind([
    [
      'ru-RU',
      'Исполнитель: поддержка дистрибьютора. Клиент купил Office 365 E3 у Microsoft.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Партнёрская техподдержка дистрибьютора. Реселлер говорит, что у клиента Microsoft 365 по EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Реселлер обратился в поддержку дистрибьютора: клиент купил Office 365 у Microsoft.', { channel: 'microsoft', service: 'license' }],
    [
      'en-US',
      'Distributor support desk here. The customer wants them to administer the Office 365 tenant.',
      { service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
  ]);
});
