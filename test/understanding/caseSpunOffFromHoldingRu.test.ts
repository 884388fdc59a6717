// «Клиент после выделения из холдинга: …»: a customer spun off from its holding is this case,
// not the holding, so what follows is read as the customer's. A holding named as the one that
// bought is still another party. Written for these tests.
import { checkKind } from './kindCheck';

describe('case: a customer spun off from a holding, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Компания после выделения из холдинга: Exchange Online куплен у Microsoft напрямую. Хотят, чтобы мы стали партнёром записи.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Клиент, который отделился от холдинга: Azure напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
