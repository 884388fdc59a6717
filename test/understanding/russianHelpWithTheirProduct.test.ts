// «помогать / помочь с их Офисом 365»: help with the customer's own product asks for support, as
// help with its administration does; help with a transfer («с переносом») stays a move.
import { checkKind } from './kindCheck';

describe('Russian: help with their product asks for support', () => {
  checkKind([
    ['ru-RU', 'Нужно помогать с Microsoft 365 у клиента, лицензии куплены по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Звонил Олег: или помочь им с Exchange Online, или всё на себя переоформить. Выбрал первое.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Помогите с переносом Microsoft 365 к нам.', { service: 'license', goal: 'move' }],
  ]);
});
