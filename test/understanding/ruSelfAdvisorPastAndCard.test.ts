// Russian words of the fortieth set's round: a sale by the partner itself "when we were an
// Advisor" (of 21Vianet, which places the China cloud), the cloud named alone in the locative
// («в глобальном»), a customer paying by card on its own, an option said to be gone («его уже
// нет») or answered with a bare «нет», and Teams Essentials written in Cyrillic.
import { checkKind } from './kindCheck';

describe('ru-RU: a sale by the partner itself while it was an Advisor', () => {
  checkKind([
    [
      'ru-RU',
      'Китайский тенант заказчика. Office 365 оформляли им мы же, когда работали Advisor у 21Vianet. Нужна поддержка.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Office 365 продавали клиенту мы сами, когда были Advisor у 21 Vianet.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});

describe('ru-RU: the cloud named alone in the locative', () => {
  checkKind([
    [
      'ru-RU',
      'У заказчика два тенанта, китайский и глобальный. Azure куплен у Microsoft напрямую. Уточнили у них, в каком: в глобальном.',
      { cloud: 'global', channel: 'microsoft', service: 'usage' },
    ],
  ]);
});

describe('ru-RU: a customer paying by card on its own', () => {
  checkKind([
    ['ru-RU', 'Office 365 заказчик оплачивал сам, картой. Хотят перевести к нам.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['ru-RU', 'Мы платили сами картой за Office 365, клиенту перепродавали.', { service: 'license' }],
  ]);
});

describe('ru-RU: an option said to be gone, or answered with a bare «нет»', () => {
  checkKind([
    ['ru-RU', 'Open Value у клиента был года три назад, его уже нет. Office 365 сейчас под EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', '1. Azure — да, оплачиваем напрямую Microsoft\n2. Office 365 — нет', { channel: 'microsoft', service: 'usage' }],
  ]);
});

describe('ru-RU: Teams Essentials written in Cyrillic', () => {
  checkKind([['ru-RU', 'тимс эссеншиалс покупали у Microsoft на сайте, нужна поддержка', { channel: 'microsoft', service: 'license', goal: 'support' }]]);
});
