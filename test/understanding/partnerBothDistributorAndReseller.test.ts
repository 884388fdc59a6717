// A partner that is both a distributor and a reseller («мы и дистрибьютор, и реселлер», two legal
// entities) has not said which one takes this customer: its role is asked, never one of the two.
import { checkKind } from './kindCheck';

describe('kind: whoseWords, both a distributor and a reseller, the role is asked', () => {
  checkKind([
    [
      'ru-RU',
      'Мы и дистрибьютор, и реселлер: у нас два юрлица. Клиент купил Office 365 у Microsoft.',
      { channel: 'microsoft', service: 'license' },
      ['partnerType'],
    ],
    [
      'ru-RU',
      'мы и дистрибьютор и реселлер не знаю от какого будем оформлять а клиент пришёл с ажуром от другого CSP партнёра',
      { channel: 'otherCsp', service: 'usage' },
      ['partnerType'],
    ],
  ]);
});
