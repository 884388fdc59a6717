// Billing left as it is («биллинг не трогаем», «оплату не меняем», «больше ничего не трогаем»)
// is the goal of support: it says what stays, and does not take back the support named before it
// in a run-on sentence without commas («хотят поддержку биллинг не трогаем»).
import { checkKind } from './kindCheck';

describe('goal: billing left as it is (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'по «Кедру» эээ у них тимс премиум им нужна только поддержка биллинг не трогаем', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Visio у них, просят чтобы мы их поддерживали и больше ничего не трогаем', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Сопровождать их Exchange Online, оплату не меняем.', { service: 'license', goal: 'support' }],
  ]);
});
