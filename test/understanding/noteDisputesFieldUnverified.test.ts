// A note that disagrees with a field without saying which is right ("their finance lead says EA,
// not Open Value. Have not been able to confirm either way", "nem tudom, a mező vagy a kolléga a
// jó"): the claim's "not Open Value" does not take back the field's Open Value, so both are told
// and the question is asked. Without the words of doubt the note corrects the field.
import { checkKind } from './kindCheck';

describe('a note disputing a field without saying which is right', () => {
  checkKind([
    [
      'hu-HU',
      'Csatorna: Open Value\nTermék: Microsoft 365 E3\nMegjegyzés: a pénzügyes kolléga szerint EA-juk van, nem Open Value. Nem tudom, a mező vagy a kolléga a jó.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Csatorna: Open Value\nTermék: Microsoft 365 E3\nMegjegyzés: a pénzügyes kolléga szerint EA-juk van, nem Open Value.',
      { channel: 'ea', service: 'license' },
      [],
    ],
    [
      'en-US',
      'Channel: Open Value\nProduct: Microsoft 365 E3\nNote: their finance lead says it is an EA, not Open Value. Have not been able to confirm either way.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'en-US',
      'Channel: Open Value\nProduct: Microsoft 365 E3\nNote: their finance lead says it is an EA, not Open Value.',
      { channel: 'ea', service: 'license' },
      [],
    ],
    [
      'ru-RU',
      'Канал: Open Value\nПродукт: Microsoft 365 E3\nКлиент говорит, что у них EA, а не Open Value. Не знаю, поле или клиент прав.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'pt-BR',
      'Canal: EA\nServiço: Licença\nComentário: o cliente só falou de máquinas virtuais no Azure, não sei se o campo serviço está certo.',
      { channel: 'ea' },
      ['service'],
    ],
  ]);
});
