// Kind "whose": «это про них, не про нас» (that is about them, not about us) right after a role
// takes it from this partner, as «это не мы» does.
import { checkKind } from './kindCheck';

describe('kind: whose, «это про них, не про нас» after a role', () => {
  checkKind([
    ['ru-RU', 'В подписи у них «Indirect Provider» — это про них, не про нас. Office 365.', { service: 'license' }],
    ['ru-RU', 'Мы T1. В подписи у них «Indirect Provider» — это про них, не про нас. Office 365.', { service: 'license', partnerType: 'direct' }],
  ]);
});
