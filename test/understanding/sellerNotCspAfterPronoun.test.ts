// A seller said not to be a CSP in a sentence of its own that opens with one word before the
// negation («Это не CSP-партнёр», «Он не CSP», "Ez nem CSP") is about the seller before it, as
// one opening with the negation is; the partner's own "we are not" («Мы не CSP») is not.
import { checkKind } from './kindCheck';

describe('seller not a CSP: a sentence opening with a pronoun before the negation is about the seller', () => {
  checkKind([
    ['ru-RU', 'Azure у хостинг-провайдера. Он не CSP.', { channel: 'thirdParty', service: 'usage' }],
    [
      'ru-RU',
      'Лицензии Office 365 им оформлял хостер, с которым у них договор на серверы и резервное копирование. Это не CSP-партнёр.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['hu-HU', 'Azure egy tárhelyszolgáltatónál. Ez nem CSP.', { channel: 'thirdParty', service: 'usage' }],
    ['ru-RU', 'Azure у хостинг-провайдера. Мы не CSP-партнёр, а реселлер.', { service: 'usage' }],
  ]);
});
