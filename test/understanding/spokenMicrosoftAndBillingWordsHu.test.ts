// Hungarian words: "majkroszoft", Microsoft as said aloud and written down; a direct MCA-E
// contract and Microsoft's own salesperson are Microsoft; billing wanted with us ("nálunk akarják a
// számlázást") is taking over; a cloud "operated by" 21Vianet ("által üzemeltetett") asks no
// support of us.
import { checkKind } from './kindCheck';

describe('words: spoken Microsoft, a direct MCA-E, billing wanted with us, operated by (Hungarian)', () => {
  checkKind([
    ['hu-HU', 'hát ööö a majkroszofttól vették az ázsúrt kártyával szóval közvetlenül', { channel: 'microsoft', service: 'usage' }, []],
    ['hu-HU', 'A Microsoft értékesítőjétől vették, közvetlen MCA-E szerződés van mögötte. Azure.', { channel: 'microsoft', service: 'usage' }, []],
    [
      'hu-HU',
      'Office 365 E1, közvetlenül a Microsofttól. Az ügyfél nálunk szeretné a számlázást.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      'Kínai leányvállalat: a 21Vianet által üzemeltetett felhőről van szó, mindent a 21Vianettől rendeltek.',
      { cloud: 'china', channel: 'vianet' },
      [],
    ],
  ]);
});
