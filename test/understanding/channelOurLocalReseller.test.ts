// "A helyi viszonteladónk" is our own local reseller, not where the customer bought: the
// customer's channel stays what the message says it is. A local reseller the customer bought
// from is still the other channel. Read before as a conflict of the two channels.
import { checkKind } from './kindCheck';

describe('channel words: our local reseller is not the customer channel', () => {
  checkKind([
    [
      'hu-HU',
      'Kínában a 21Vianettől vették az Office 365-öt, a helyi viszonteladónk hozta az ügyfelet.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['hu-HU', 'Egy helyi viszonteladótól vették a Microsoft 365-öt, 21Vianet felhő.', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
