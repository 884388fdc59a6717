// A channel said for a time that ended («до 2022 года …», «раньше …», «до прошлой осени …») and then
// «потом перешли …»: the move is a correction, what follows it is the channel today. Named CSP
// partners bought from («у CSP-партнёра «…»», «оформлен через CSP-партнёра», «через партнёра
// Microsoft, он CSP») are another CSP. Written for these tests.
import { checkKind } from './kindCheck';

describe('a past channel then «потом перешли», and a named CSP partner, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'До 2022 года брали Office по Open Value, потом перешли на Microsoft 365 E3 у CSP-партнёра «Сфера Софт», с ними и работаем. Нужна только поддержка.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Раньше платили Microsoft картой, затем перешли: теперь наш Azure оформлен через CSP-партнёра «Ладога ИТ». Хотим к вам.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['ru-RU', 'Помогите с нашим Azure. Брали через партнёра Microsoft, она CSP. Счета пусть идут от неё.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
