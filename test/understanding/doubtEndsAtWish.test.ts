// «Не помнит, где брали Office 365, и хотят поддержку»: a wish joined by «и»/«а» opens a clause
// of its own, so the doubt before it does not reach the goal; «короче» after a doubt («не помнит
// короче …») closes it, as «в общем» does.
import { checkKind } from './kindCheck';

describe('hedge: a doubt ends at «и хотят» and at «короче» (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'клиент не помнит, где брали Office 365, и хотят поддержку', { service: 'license', goal: 'support' }],
    ['ru-RU', 'клиент не помнит, брали по EA или по Open, и хотят просто поддержку', { goal: 'support' }, ['channel']],
    ['ru-RU', 'она не помнит короче лицензии Office 365 и хотят поддержку', { service: 'license', goal: 'support' }],
    ['ru-RU', 'они не уверены, хотят ли переносить Office 365', { service: 'license' }],
  ]);
});
