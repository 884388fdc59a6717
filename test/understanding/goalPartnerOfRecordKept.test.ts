// «Партнёра записи не меняем», «биллинг не трогаем»: a «не» after the words of the move (change,
// touch) says no to it, as «не хотят» after them does; support said beside it stands alone.
import { checkKind } from './kindCheck';

describe('kind: goalWords, the partner of record not changed', () => {
  checkKind([
    ['ru-RU', 'Microsoft 365 по Open. Пока только поддержка, партнёра записи не меняем.', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Хотят, чтобы мы их сопровождали, партнёра записи не трогаем до продления. Office 365 по EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Хотят сменить партнёра записи на нас, Microsoft 365 у другого CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
