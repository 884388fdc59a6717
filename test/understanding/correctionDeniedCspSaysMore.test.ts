// "It's syndication, that is, not a CSP": a correction word followed by a denied CSP names no
// other channel, it says more of the one before it, which stays. A CSP named after the
// correction without a denial still takes the channel back.
import { checkKind } from './kindCheck';

describe('a correction word before a denied CSP keeps the channel said before it', () => {
  checkKind([
    ['ru-RU', 'Офис 365 шёл в пакете от оператора, это синдикация, то есть не CSP.', { channel: 'syndication', service: 'license' }],
    [
      'ru-RU',
      'Лицензии M365 им продал оператор по программе синдикации, точнее не CSP-партнёр, а именно синдикация.',
      { channel: 'syndication', service: 'license' },
    ],
    ['ru-RU', 'Клиент на EA, точнее на CSP, лицензии M365.', { service: 'license' }],
  ]);
});
