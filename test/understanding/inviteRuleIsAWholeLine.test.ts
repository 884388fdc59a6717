// An invite's rule before its earlier description ("------- Original invite -------") holds
// nothing else on its line: a note's bullet "-- previous meeting: they asked …" or "-- old agenda
// item, now answered: …" is the newest words of a note, not the start of an older part.
import { checkKind } from './kindCheck';

describe('an invite rule is a whole line, never a bullet of notes', () => {
  checkKind([
    [
      'en-US',
      'Call notes\nThey buy Microsoft 365 via Open Value.\n-- old agenda item, now answered: is it EA? Yes, sorry, they moved everything to an EA last week.\nThey want support.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Notes, Contoso, 12 May\n-- previous meeting: they asked if we can support their Microsoft 365\n-- today: no, they want us to take over the billing; they buy via EA',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Заметки, 12 мая\n-- предыдущая повестка: спрашивали, можем ли мы поддерживать их Microsoft 365\n-- сегодня: нет, хотят, чтобы биллинг перешёл к нам; покупают по EA',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Notas, 12/05\n-- pauta anterior: perguntaram se damos suporte ao Microsoft 365 deles\n-- hoje: não, querem que a gente assuma o faturamento; compram via EA',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Jegyzet, május 12.\n-- előző napirend: kérdezték, tudjuk-e támogatni a Microsoft 365-öt\n-- ma: nem, azt szeretnék, hogy mi vegyük át a számlázást; EA-n keresztül vásárolnak',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '笔记，5月12日\n-- 之前的议程：他们问我们能否支持他们的 Microsoft 365\n-- 今天：不，他们想让我们接管账单；他们通过 EA 购买',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Updated: Contoso sync\nNew description: they pay for Azure by card straight to Microsoft.\n\n------- Original invite -------\nDescription: review the Dynamics 365 licences bought on the EA',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
