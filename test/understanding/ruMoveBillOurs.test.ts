// «Хотят, чтобы счёт был наш», «чтобы лицензии покупались у нас»: a wish that the bill be this
// partner's or that the licences be bought from it is a move. Said of the past ("the bill was
// ours") it is no wish.
import { checkKind } from './kindCheck';

describe('ru: «чтобы счёт был наш», «чтобы покупали у нас» is a move', () => {
  checkKind([
    ['ru-RU', 'Клиент хочет, чтобы счёт за Microsoft 365 был наш.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'По Microsoft 365: просят, чтобы лицензии покупались у нас.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Хотят, чтобы лицензии M365 они брали у нас и биллинг был нашим.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Раньше счёт за Microsoft 365 был наш.', { service: 'license' }],
  ]);
});
