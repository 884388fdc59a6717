// «Реселлер прислал сразу двух: у одного …. Сейчас про второго: …»: the customer named first of
// several sent at once is another case, up to the words turning to this one («сейчас про …»). Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, several customers sent at once and this one named after them', () => {
  checkKind([
    [
      'ru-RU',
      'Партнёр переслал сразу два запроса: у «Ромашки» EA (это позже). Сейчас про «Василёк»: Azure купили у Microsoft напрямую.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'ru-RU',
      'Нам прислали троих клиентов: у первого MPSA, отложим. Теперь про «Луч»: Office 365 у другого CSP, хотят перенос.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
