// Words quoted inline ('Customer, 11/27: "…"') are older than the message around them but newer
// than the older mail it quotes with ">"; of two quotations, each with a date on its line before
// it, the later date is the newer, wherever it is written (a mail pasted newest on top). Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, inline quotations ordered by their dates and over the lines quoted with ">"', () => {
  checkKind([
    [
      'ru-RU',
      'Письмо клиента от 27.10: «Просим взять Microsoft 365 только на поддержку»\nЕщё одно их письмо, от 21.10: «Хотим перевести подписки Microsoft 365 к вам»',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Письмо клиента от 21.10: «Просим взять Microsoft 365 только на поддержку»\nЕщё одно их письмо, от 27.10: «Хотим перевести подписки Microsoft 365 к вам»',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Customer mail of 11/27: "please just support our Microsoft 365 users"\nTheir earlier mail, 11/21: "we want to move our Microsoft 365 billing to you"',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Новое от клиента: «всё-таки хотим перенести Office 365 к вам целиком»\n> (письмо от прошлой недели) «Office 365 нужен только на поддержку»',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Latest from the customer: "we now want to move our Office 365 billing to you"\n> (last week) "Office 365 support only please"',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
