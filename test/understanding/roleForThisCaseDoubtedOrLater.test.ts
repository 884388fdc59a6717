// A role said in a clause that names this case sets aside another role of its sentence also when
// it is doubted ("for this customer I think we are a reseller through a distributor"): a
// different role said surely beside it is still the partner's role for other customers, and the
// doubted one is asked. A role in the next sentence keeps both read, after the case's role as before it.
import { checkDoubted, checkKind } from './kindCheck';

describe('role: a doubted role for this customer still sets aside a different role of its sentence', () => {
  checkDoubted([
    ['en-US', 'We are T1 for the big accounts, for this customer I think we are a reseller through a distributor.', {}, { partnerType: 'indirectReseller' }],
  ]);
});

describe('role: a role in the sentence after the one for this customer keeps both read', () => {
  checkKind([
    ['en-US', 'For this customer we are a reseller through a distributor. They also buy from us as T1.', {}, ['partnerType']],
    ['ru-RU', 'По этому клиенту мы реселлер через дистрибьютора. Ещё они у нас T1.', {}, ['partnerType']],
  ]);
});
