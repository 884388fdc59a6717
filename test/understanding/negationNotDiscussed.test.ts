// Kind "negation": a product said not to be the subject after it («про Office 365 речь не
// идёт», «Azure сейчас не обсуждаем») is refused like one said no to: the other product named
// states the kind of service.
import { checkKind } from './kindCheck';

describe('kind: negation, a product not discussed', () => {
  checkKind([
    ['ru-RU', 'Azure у них по EA. Про Office 365 речь не идёт, это их дела.', { channel: 'ea', service: 'usage' }],
    [
      'ru-RU',
      'Microsoft 365 куплен у другого CSP-партнёра, хотят поддержку, а Azure пока не обсуждаем.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
