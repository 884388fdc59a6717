// Either/or with a seller said not to be a CSP partner as the second option ("either through Open
// License, or from a hosting company that is not a CSP"): the seller is a third party and the
// other option, so the channel is asked, or settled by a reference ("the latter"). The channel
// said before the "or" is the first option's, not the seller's sentence's own.
import { checkKind, checkRead } from './kindCheck';

describe('either/or: a seller that is not a CSP, offered second, is the other option', () => {
  checkKind([
    [
      'en-US',
      'They bought Exchange Online either through Open License or from a hosting company that is not a CSP, nobody remembers which.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'en-US',
      'They bought Exchange Online either through Open License or from a hosting company that is not a CSP. The latter.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['ru-RU', 'Exchange Online купили либо по Open License, либо у хостинг-провайдера, который не CSP. Второе.', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'Compraram o Exchange Online ou pelo Open License ou de um provedor de hospedagem que não é CSP. O segundo.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['hu-HU', 'Az Exchange Online-t vagy Open License-en, vagy egy tárhelyszolgáltatótól vették, ami nem CSP.', { service: 'license' }, ['channel']],
    [
      'hu-HU',
      'Az Exchange Online-t vagy Open License-en, vagy egy tárhelyszolgáltatótól vették, ami nem CSP. Az utóbbi.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});

// In Hungarian the product both options share comes after the second one ("vagy X-től, vagy
// Y-tól vette a Microsoft 365-öt"): it is no option, so an unread second option still leaves the
// first one open, and "az utóbbi" sets the first aside.
describe('either/or: the product both options share is no option', () => {
  checkRead([
    [
      'hu-HU',
      'Az ügyfél vagy egy másik CSP partnertől, vagy a nagybátyja cégétől vette a Microsoft 365-öt.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
    ['hu-HU', 'Az ügyfél vagy egy másik CSP partnertől, vagy a nagybátyja cégétől vette a Microsoft 365-öt. Az utóbbi.', { service: 'license' }, {}],
    [
      'hu-HU',
      'Az ügyfél vagy egy másik CSP partnertől, vagy a nagybátyja cégétől vette a Microsoft 365-öt. Az előbbi.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
  ]);
});

// "Segundo o gerente" is "according to the manager", not "the second one".
describe('either/or: "segundo" before whom it reports is no reference', () => {
  checkKind([
    ['pt-BR', 'Veio ou de EA ou de Open, segundo o gerente.', {}, ['channel']],
    ['pt-BR', 'Veio ou de EA ou de Open, segundo o gerente. O segundo.', { channel: 'open' }],
  ]);
});
