// A question the writer asks and answers at once on the same line («Мы тут дистрибьютор или
// реселлер? — Реселлер, …», "EA or Open? Open, …") states its answer: the message is read as a
// question and its answer. An answer reported of someone, or left undecided, or on the next line
// of a log, answers nothing here. Written for these tests.
import { checkKind } from './kindCheck';

describe('a question the writer answers right after it', () => {
  checkKind([
    [
      'ru-RU',
      'Коллеги, мы по «Сатурну» реселлер или дистрибьютор? — Дистрибьютор, проверил в договоре. У клиента Power BI Pro от другого CSP.',
      { partnerType: 'indirectProvider', channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Как они покупали Project — по EA или через Open? Open, нашёл в письме. Нужна поддержка.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['en-US', 'How did they buy Visio, EA or Open? Open, per the invoice. They want support only.', { channel: 'open', service: 'license', goal: 'support' }],
    ['ru-RU', 'Как они покупали Project — по EA или через Open? Менеджер говорит Open, бухгалтерия — EA.', { service: 'license' }, ['channel']],
  ]);
});
