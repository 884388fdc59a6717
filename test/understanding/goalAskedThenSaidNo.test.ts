// A goal asked about ("so they want to migrate it to us?") and then said no to ("not a migration,
// just support") is the asker's guess: the word of wanting inside the question makes no wish, and
// the goal the answer names is the one told. A question nobody answers still says what it asks.
import { checkKind } from './kindCheck';

describe('goal: a wish asked about and then said no to', () => {
  checkKind([
    [
      'en-US',
      'Priya: so they want to migrate the subscriptions to us?\nTom: not a migration, they just need support for Project Plan 3',
      { service: 'license', goal: 'support' },
    ],
    ['en-US', 'Visio Plan 2. They want to move it over? Not a move, only support.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Visio Plan 2. Хотят перенести подписки к нам? Не перенос, только поддержка.', { service: 'license', goal: 'support' }],
    // Not said no to: the question's goal and the answer's are both told, and asked.
    ['en-US', 'Visio Plan 2. They want to move it over? Support for now.', { service: 'license' }, ['goal']],
    // No answer after it: the question still names what it asks.
    ['en-US', 'Visio Plan 2, they want to move it over?', { service: 'license', goal: 'move' }],
  ]);
});
