// A transcript's either/or answered by a reference ("the second one", «второе», "o segundo", "az
// utóbbin") whose next sentence denies the option not picked ("We never had Open Value", «Open Value
// у нас был до 2019 года»): the denial is no answer of its own, the reference still picks.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('transcript: a reference picks its option though the answer then denies the other', () => {
  checkKind([
    [
      'ru-RU',
      '[14:05] Инженер (Дина): Office 365 у вас по Open Value или по EA?\n[14:06] Клиент (Артур): Второе. Open Value у нас был до 2019 года.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      '[11:20] Менеджер (Олег): Лицензии у вас по EA или по MPSA?\n[11:21] Клиент (Зарина): Второе. EA у нас был до двадцать второго года, потом перешли.',
      { channel: 'open', service: 'license' },
    ],
    ['en-US', '[10:02] Agent (Mia): Is it on Open Value or on an EA?\n[10:03] Customer (Jo): The second one. We never had Open Value.', { channel: 'ea' }],
    ['pt-BR', '[09:15] Consultor (Rui): É pela EA ou pelo MPSA?\n[09:16] Cliente (Lia): O segundo. Não temos mais EA.', { channel: 'open' }],
    [
      'hu-HU',
      '[13:40] Ügyintéző (Kata): Open Value-n vagy EA-n vannak a licencek?\n[13:41] Ügyfél (Béla): Az utóbbin. Open Value-nk nem volt soha.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
