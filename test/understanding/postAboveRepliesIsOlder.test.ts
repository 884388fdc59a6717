// A post pasted with its replies below a count line ("Ответы (2)", "Replies (2)") is the oldest
// part, the post the replies answer: a generated summary the replies correct is no note written
// after them. Without the count line the words above the first turn stay the paster's note.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('transcript: a post above its replies count is older than the replies', () => {
  checkKind([
    [
      'ru-RU',
      'Сводка встречи (ИИ) — «Полимер-Строй»\n\nГлавное\n• Microsoft 365 E3 у клиента куплены по Open Value\n• Нужна только поддержка\n\nОтветы (2)\nМарина С.  11:02\nВ сводке неверно: у них не Open Value, а EA, я уточнила у их ИТ.\nОлег В.  11:09\nПодтверждаю, EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Meeting recap (AI) — Fabrikam Tools\n\nKey points\n• Azure bought directly from Microsoft with a card\n• They want us to take over billing\n\nReplies (2)\nNora P.  10:40\nThe recap is wrong: not direct, they have an EA.\nLuis G.  10:52\nConfirmed, EA.',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
