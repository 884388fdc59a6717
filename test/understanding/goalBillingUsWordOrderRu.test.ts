// Goal: «чтобы счета теперь выставляли им мы» — the customer wants us to bill them: a move, with
// «им» after the verb as well as before it. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: goalWords, billing by us with the pronoun after the verb', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент купил Office 365 у другого CSP-партнёра. Просят, чтобы счета дальше выставляли им мы.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
