// "Előkerestük a számlát" (we dug out the invoice) is a check of the invoice, as "megnéztük a
// számlát" is: what it shows replaces what was said before.
import { checkKind } from './kindCheck';

describe('channelWords: the invoice dug out decides', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél szerint EA-n vették az Office 365-öt, de előkerestük a számlát: egy másik CSP partnertől van.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Az IT szerint a Microsofttól vették az Azure-t, a pénzügy előkereste a számlát: EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
