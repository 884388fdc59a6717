// Russian (ru-RU lexicon): a wish that the invoices «приходили / шли / поступали (уже) от вас» is a
// move of the billing, and one that they should not («чтобы счета не шли от вас») is none; a
// tenant in the «международная версия» of a product is the global cloud. Written for these tests.
import { checkKind } from './kindCheck';

describe('invoices that should come from you, an international version, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Заказчик просит, чтобы счета за Exchange Online поступали теперь от вас. Сейчас покупают по Open Value.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Бухгалтерия клиента: «нужно, чтобы инвойсы по Dynamics 365 шли уже от вас».', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Клиент просит, чтобы счета за Power BI не шли от вас: платить будет сам, от вас нужна только поддержка.',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Тенант у завода в международной версии Office 365, брали у Microsoft на сайте.', { cloud: 'global', channel: 'microsoft', service: 'license' }],
  ]);
});
