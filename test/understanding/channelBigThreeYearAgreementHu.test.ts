// "Hároméves nagy szerződés" (a three-year big agreement) is the EA, the words in either order;
// "amit közvetlenül a Microsofttal kötöttek" (signed directly with Microsoft) after it names who
// signed it, not a purchase straight from Microsoft. Read before as microsoft or asked.
import { checkKind } from './kindCheck';

describe('channel words: the three-year big agreement in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Van egy hároméves nagy szerződésük a Microsofttal, Azure fut rajta.', { channel: 'ea', service: 'usage' }, []],
    [
      'hu-HU',
      'Egy hároméves nagy szerződés, amit közvetlenül a Microsofttal írtak alá. Office 365 E3, csak üzemeltetést kérnek.',
      { channel: 'ea', service: 'license', goal: 'support' },
      [],
    ],
    // Guard: without the agreement, directly from Microsoft stays microsoft.
    ['hu-HU', 'Közvetlenül a Microsofttól vették az Office 365-öt.', { channel: 'microsoft', service: 'license' }, []],
  ]);
});
