// Kind "whose": a dismissal after a bracket closed earlier in its sentence ("(some local firm out
// in the region), the manager there changed, it doesn't matter") is not inside that bracket: the
// clauses that name nothing lead it back past the bracket to the clause that names something,
// which it sets aside.
import { checkKind } from './kindCheck';

describe('kind: whose, a dismissal after a closed bracket reaches back past it', () => {
  checkKind([
    [
      'ru-RU',
      'Azure у другого CSP-партнёра (какая-то местная фирма где-то в области), менеджер там сменился, это неважно. Office 365 по EA, хотят поддержку.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
