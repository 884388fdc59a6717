// Russian words (ru-RU lexicon): a field's value corrected in place («Канал: Open -> испр.: EA»)
// takes back the value before it; «X нет вообще» says no to X as «X нет» does; «мы (там) direct»
// at the end of a clause is the direct role; «в глобальном (коммерческом) Partner Center» is the
// global cloud. Written for these tests.
import { checkKind } from './kindCheck';

describe('corrections, role and cloud: Russian words', () => {
  checkKind([
    ['ru-RU', 'Канал: Open Value -> испр.: EA\nСервис: Azure', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'у них эксчейндж по EA, а ажура нет вообще, и хотят перевести подписки к нам', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Заметка: облако 21Vianet, мы там direct.', { cloud: 'china', partnerType: 'direct' }],
    ['ru-RU', 'Работаем в коммерческом (глобальном) Partner Center, клиент на Open Value.', { cloud: 'global', channel: 'open' }],
  ]);
});
