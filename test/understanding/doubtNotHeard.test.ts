// «Я не расслышал» says the agent did not catch what was said: a doubt of the answer before it,
// never a negation of the product named after it in an unpunctuated run («я не расслышал офис 365
// брали у Microsoft»).
import { checkDoubted, checkKind } from './kindCheck';

describe('doubt: not heard, nothing after it negated', () => {
  checkKind([
    [
      'ru-RU',
      'клиент назвал облако я не расслышал офис 365 брали у Microsoft напрямую хотят поддержку',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});

describe('doubt: not heard, the answer before it doubted', () => {
  checkDoubted([['ru-RU', 'Брали по EA я не разобрал, хотят перенести лицензии к нам.', { service: 'license', goal: 'move' }, { channel: 'ea' }]]);
});
