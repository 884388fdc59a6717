// Kind "correction": the channel is today's. In Hungarian a channel said before "…, 2020 óta …",
// "…, azóta …" or "2019-ig …, most …" is replaced by the one after it, and an agreement that
// "2022-ben lejárt" is no channel of the case any more.
import { checkKind } from './kindCheck';

describe('kind: a Hungarian channel replaced since a year, or an agreement expired in one', () => {
  checkKind([
    ['hu-HU', 'Korábban Open License-en voltak, 2022 óta egy másik CSP partnertől veszik a Dynamics 365-öt.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', '2020-ig EA-n volt az Azure, azóta a Microsofttól veszik közvetlenül.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Office 365: 2019-ig szindikációs partner, most egy helyi boltból veszik (nem CSP).', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Egy másik CSP-től veszik a Visio licenceket, az Open Value 2022-ben lejárt.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az ügyfél 2021 óta EA-n van, előtte Open volt. Azure.', { service: 'usage' }, ['channel']],
  ]);
});
