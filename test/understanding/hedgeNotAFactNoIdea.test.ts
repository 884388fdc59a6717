// «Не факт, что …» (it is not certain that …) doubts what follows, and a curt «хз» (no idea)
// doubts what it answers: neither is stated.
import { checkKind } from './kindCheck';

describe('kind: spoken, not certain and no idea', () => {
  checkKind([
    ['ru-RU', 'Не факт, что Office 365 куплен по EA, проверяю.', { service: 'license' }],
    ['ru-RU', 'Тенант у них в GCC, хз.', {}],
    ['ru-RU', 'Тенант в GCC или в коммерческом облаке — хз, Office 365 брали у Microsoft.', { channel: 'microsoft', service: 'license' }, ['cloud']],
  ]);
});
