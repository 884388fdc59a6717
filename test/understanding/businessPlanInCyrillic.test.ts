// A Microsoft 365 Business plan typed in Cyrillic («бизнес стандарт», «бизнес базовый») names a
// licence as "Business Standard" does.
import { checkKind } from './kindCheck';

describe('a Business plan written in Cyrillic is a licence', () => {
  checkKind([
    ['ru-RU', 'у них бизнес стандарт на 12 человек, брали через EA, нужна поддержка', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Бизнес базовый, 30 юзеров, покупали у другого CSP. Хотят перенести к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
