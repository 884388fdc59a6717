// Roles: «мы полноценный CSP-партнёр, прямой» says the partner is direct, the word after a
// comma; «мы то ли прямые, то ли через дистрибьютора» leaves the role open between direct and
// reseller rather than taking the distributor. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, direct said after a comma or in an either/or', () => {
  checkKind([
    [
      'ru-RU',
      'Сейчас мы полноценный CSP-партнёр, прямой. Клиент хочет перенести Office 365 к нам.',
      { service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Клиенту нужна поддержка Office 365, а мы то ли прямые, то ли через дистрибьютора, не помню.',
      { service: 'license', goal: 'support' },
      ['partnerType'],
    ],
  ]);
});
