// Russian words from the fortieth set's round: a status that «заменяет предыдущий» corrects the one
// before it; a seller «вне CSP» (a local one too) and a «веб-магазин» are a third party; a purchase
// in the admin center by card is from Microsoft; an Advisor that «только консультировал» sold
// nothing; our own «договор с Microsoft напрямую», after «мы …», is our role, not the customer's.
import { checkKind } from './kindCheck';

describe('Russian: a replacing status, sellers outside CSP, the admin center, our own contract', () => {
  checkKind([
    [
      'ru-RU',
      'Запись от марта: Office 365 клиента идёт по Open Value. Запись от мая, заменяет предыдущую: клиент купил Office 365 у Microsoft сам.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Exchange Online брали у одного поставщика вне CSP, хотят к нам на поддержку.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['ru-RU', 'Visio Plan 2 брали у местного реселлера вне CSP, теперь хотят перевести к нам.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 E1 заказывали в веб-магазине, нужна поддержка.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Сначала думали, что Office 365 им продал Advisor. Уточнили: оплачено в админ-центре, банковской картой.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Клиент оформил Microsoft 365 через admin center; адвайзер у них только советовал по лицензиям.', { channel: 'microsoft', service: 'license' }],
    [
      'ru-RU',
      'Лицензии Office 365 у клиента по Open Value. Мы прямой партнёр, контракт с Microsoft напрямую. Нужна поддержка.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
  ]);
});
