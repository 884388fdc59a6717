// Kind "rambling": a closing bracket that no bracket opened is a smile typed in chat («пароли
// никто не знает)) Хотят…», "no idea :) They want…"): it ends its sentence, so a doubt before it
// («никто ничего не знает») does not reach the wish after it. A bracket opened earlier still
// closes as a pause inside the sentence.
import { checkKind } from './kindCheck';

describe('kind: rambling, a smile ends its sentence', () => {
  checkKind([
    [
      'ru-RU',
      'Админ уволился, никто ничего не знает)) Хотят, чтобы мы их поддерживали. Office 365 по EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Пароли никто не помнит) Просят взять на себя поддержку, у них Microsoft 365. Мы реселлер у дистрибьютора.',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Their admin left, nobody knows anything :) They want us to support their Office 365 from the EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});

describe('kind: rambling, a bracket opened earlier is no smile', () => {
  checkKind([['ru-RU', 'Office 365 (E3, 40 мест) по EA, хотят поддержку.', { channel: 'ea', service: 'license', goal: 'support' }]]);
});
