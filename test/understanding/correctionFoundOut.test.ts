// «Выяснили» (we found out), like «выяснилось», replaces what was thought first.
import { checkKind } from './kindCheck';

describe('correction: "found out" replaces the first answer', () => {
  checkKind([
    ['ru-RU', 'Сначала думали, что это EA, выяснили: Open Value. Azure.', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'Не поняли, облако 21Vianet или глобальное. Выяснили: глобальное. Azure.', { cloud: 'global', service: 'usage' }],
  ]);
});
