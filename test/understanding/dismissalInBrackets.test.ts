// Kind "whose": a dismissal inside brackets ("(Softline I think, doesn't matter)") sets aside
// the bracket's own words, the name it glosses, not the statement the brackets stand in.
// Outside the brackets it still reaches back to the clause before it.
import { checkKind } from './kindCheck';

describe('kind: whose, a dismissal inside brackets', () => {
  checkKind([
    [
      'ru-RU',
      'Azure у клиента у другого CSP-партнёра (какая-то местная фирма вроде, не суть). Хотят перевести к нам.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['ru-RU', 'Office 365 покупали по EA (менеджер там сменился, это неважно), хотят поддержку.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['pt-BR', 'O Azure esta com outro parceiro CSP (uma empresa local, nao importa). Querem migrar para nos.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: whose, a dismissal after the brackets', () => {
  checkKind([
    [
      'ru-RU',
      'Dynamics у них у другого партнёра (Альфа), но это не важно. Office 365 по EA, хотят поддержку.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
