// «По Open или по EA … — последнее»: Open named first in an either/or is one option, and the
// «или» after it still joins the two, so a reference settles the choice as it does when Open is
// named second. Left unsettled, both are asked.
import { checkKind } from './kindCheck';

describe('either-or: Open named first, settled by a reference (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Azure у них по Open или по EA, клиент не помнит. Проверили в портале — второе.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Office 365 у них по Open или напрямую у Microsoft. Посмотрели счета — первое.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Office 365 у них open или EA, не знаю.', { service: 'license' }, ['channel']],
  ]);
});
