// "The sister company is already our customer": "our customer" said of the other company (its
// predicate, after "already", "also", "is") is that company, not a return to this case, so what is
// sold there stays set aside; this company named after it ("ennél a cégnél") is this case again.
import { checkKind } from './kindCheck';

describe('rambling: another company said to be our customer too', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél testvércége már a mi ügyfelünk, ott Azure-t adunk el. Ennél a cégnél viszont Office 365 van, támogatást kérnek.',
      { service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Az anyacég is a mi ügyfelünk, ott Azure van. Ennél a cégnél Dynamics 365-öt használnak.', { service: 'license' }],
    [
      'en-US',
      "The customer's sister company is already our customer, we sell them Azure there. At this company it's Microsoft 365, they want support.",
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Сестринская компания клиента уже наш клиент, там мы продаем Azure. А у этой компании Microsoft 365, нужна поддержка.',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'A empresa irmã do cliente já é nossa cliente, lá vendemos Azure. Nesta empresa é Microsoft 365, querem suporte.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
