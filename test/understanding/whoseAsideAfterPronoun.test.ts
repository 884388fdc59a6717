// A pronoun for another party («он», «тот»: that one), then a role, also with an aside set off by
// commas between («тот, кстати, дистрибьютор»): the role is that party's, not this partner's.
import { checkKind } from './kindCheck';

describe("whose words: a role after an aside is still the other party's", () => {
  checkKind([
    ['ru-RU', 'Купили у другого партнёра, он, кстати, дистрибьютор. Мы реселлер.', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
    [
      'ru-RU',
      'Лицензии у другого партнёра (тот, между прочим, дистрибьютор). А мы реселлер, M365.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('whose words: "that one" is another party', () => {
  checkKind([
    ['ru-RU', 'Office 365 у другого CSP, тот дистрибьютор. Мы реселлер.', { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
