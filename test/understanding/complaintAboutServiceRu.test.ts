// A complaint about the old partner's service («недовольны обслуживанием», «неудовлетворительное
// качество обслуживания») says what went wrong, not what is wanted of this partner: it is no
// support goal. Service asked for beside it still reads as the goal.
import { checkKind } from './kindCheck';

describe('a complaint about service is not the goal (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Из-за неудовлетворительного обслуживания у прежнего поставщика клиент решил уйти. Продукт: Visio.', { service: 'license' }],
    ['ru-RU', 'Клиенты жаловались на медленное обслуживание, Dynamics 365 хотят перевести к нам.', { service: 'license', goal: 'move' }],
    // Near miss: service wanted from us stays the goal.
    ['ru-RU', 'Недовольны ценами, хотят, чтобы мы обслуживали их Visio.', { service: 'license', goal: 'support' }],
  ]);
});
