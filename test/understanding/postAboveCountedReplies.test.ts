// A channel post copied with its replies: a line of a count and a word ("2 replies", "3 válasz",
// "Ответы (2)") above lines of a name and a time. The post above is older than the replies that
// correct it, unlike a paster's note above a chat log (still the newest part).
import { checkKind } from './kindCheck';

describe('transcript: a post above its counted replies is older than them', () => {
  checkKind([
    [
      'hu-HU',
      'Megbeszélés összefoglalója (AI)\n• A Dynamics 365 licencek a globális felhőben vannak.\n• Csak üzemeltetést kérnek.\n\n3 válasz\nKiss Péter  09:12\nEz tévesen került bele: az amerikai kormányzati felhőről volt szó, a felvétel 12. percében.\nNagy Anna  09:20\nÍgy van, én is ezt hallottam.',
      { cloud: 'usgov', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Meeting recap (Copilot)\n• Their Exchange Online licences sit in the global cloud.\n• They want admin help only.\n\n2 replies\nMark Jensen  10:05\nThe recap got it wrong: they are in the US government cloud, I checked the recording.\nSara Lee  10:09\nConfirmed.',
      { cloud: 'usgov', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Итоги встречи (Copilot)\n• Лицензии Microsoft 365 в глобальном облаке.\n• Клиент хочет только поддержку.\n\nОтветы (2)\nОльга С.  11:02\nВ итогах ошибка: речь шла о китайском облаке, куплено напрямую у 21Vianet.\nИгорь В.  11:10\nДа, подтверждаю.',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    // A note above a chat log with no count of replies is still the paster's newest word.
    [
      'hu-HU',
      'Javítás: végül a kormányzati felhőről van szó.\nKiss Péter  09:12\nA licencek a globális felhőben vannak.\nNagy Anna  09:20\nCsak üzemeltetést kérnek.',
      { cloud: 'usgov', goal: 'support', service: 'license' },
    ],
  ]);
});
