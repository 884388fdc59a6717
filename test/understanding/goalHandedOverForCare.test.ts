// Kind "goalWords": "передать нам на поддержку / администрирование" hands over the care of the
// licences, not their billing: support alone, not an open question between the two. "Передать нам"
// with nothing after it is still the move; «рулить» (colloquial "run, manage") is support.
import { checkKind } from './kindCheck';

describe('kind: goal words, handing over the care is support', () => {
  checkKind([
    ['ru-RU', 'Лицензии Office 365, хотят передать нам на поддержку.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365, клиент хочет передать нам администрирование.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Microsoft 365, хотят передать нам на обслуживание, платить будут сами.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Microsoft 365, хотят передать нам.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'У них Microsoft 365, надо, чтобы мы ими рулили.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'У них Microsoft 365, хотят, чтобы мы всё рулили сами.', { service: 'license', goal: 'support' }],
  ]);
});
