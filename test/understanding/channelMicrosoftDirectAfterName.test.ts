// "Microsoft (közvetlenül)", "Microsoft, közvetlenül": a supplier field of an order names
// Microsoft and then says directly; the customer bought from Microsoft. Read before as no channel.
import { checkKind } from './kindCheck';

describe('channel words: "Microsoft (közvetlenül)" in a field is bought from Microsoft', () => {
  checkKind([
    [
      'hu-HU',
      'Beszerzési forrás: Microsoft (közvetlenül). Office 365 E3, csak üzemeltetést kérnek.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Microsoft közvetlenül nekünk számláz, T1 vagyunk.', { partnerType: 'direct' }],
  ]);
});
