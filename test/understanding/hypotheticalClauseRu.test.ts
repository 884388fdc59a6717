// A hypothetical («если бы …», «если вдруг …», «если окажется / выяснится, что …») states nothing
// for the case: what it names up to the end of its sentence (or a «, но / а …» that goes on with
// facts) is set aside, and the case's own sentences decide. «Если бы не …» names what is.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('a hypothetical clause states nothing, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Если бы подписки были по EA, пришлось бы ждать продления. А так клиент «Норд-Трейд» брал Project Plan 3 у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Если вдруг там окажется Azure, будем оформлять Azure plan. Пока известно одно: Visio покупали картой в админ-центре.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Если выяснится, что у них Open Value, то всё проще, но сейчас у «Кедра» EA на Microsoft 365 E5.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент купил у другого CSP. Разбор: что бы мы делали, если бы это было EA?', { channel: 'otherCsp' }],
  ]);
});
