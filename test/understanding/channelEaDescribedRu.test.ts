// The Enterprise Agreement described rather than named, in Russian: a large three-year agreement
// with Microsoft, or the yearly count of what was used settled with it.
import { checkKind } from './kindCheck';

describe('channel: the Enterprise Agreement described in Russian', () => {
  checkKind([
    ['ru-RU', 'Office 365 у них по большому трёхлетнему договору с Microsoft.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Azure у клиента, раз в год досчитывают с Microsoft, сколько насоздавали.', { channel: 'ea', service: 'usage' }],
    // A true-up alone does not single out the EA: Open Value and MPSA have one too.
    ['ru-RU', 'Dynamics 365, у них ежегодный true-up.', { service: 'license' }],
    ['ru-RU', 'Трёхлетний договор, лицензии оплачивают помесячно.', { service: 'license' }],
  ]);
});
