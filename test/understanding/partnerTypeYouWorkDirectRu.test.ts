// A customer writing to the partner «вы работаете с Microsoft напрямую» tells the partner's own
// role (direct), not where the customer bought: the channel stays what the customer says of its
// own purchase.
import { checkKind } from './kindCheck';

describe('role: the customer says we work with Microsoft directly (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Добрый день! Нам сказали, что вы работаете с Microsoft напрямую. Visio мы брали у CSP-партнёра «Гамма», хотим перейти к вам.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    ['ru-RU', 'Насколько я понял, вы работаете напрямую с Microsoft. У нас Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
