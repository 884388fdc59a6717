// An Enterprise Agreement told by its mark, in Russian: a three-year contract with Microsoft, even
// one said to be "directly" with Microsoft (an EA is signed with Microsoft), is no direct purchase.
// A yearly true-up alone is no mark: Open Value and MPSA have one too.
import { checkKind } from './kindCheck';

describe('kind: channel words, an Enterprise Agreement told by its term (Russian)', () => {
  checkKind([
    ['ru-RU', 'у заказчика трёхлетний договор напрямую с Майкрософтом, Office 365 E3, нужна поддержка', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'у них трехлетний контракт с Microsoft через LSP, лицензии M365, хотят поддержку', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Microsoft 365 купили напрямую у Microsoft с карты, нужна поддержка', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
