// An agreement described rather than named: "a three-year enrollment signed straight with Microsoft" is an
// Enterprise Agreement ("Nagyvállalati, … hároméves szerződés"), not a purchase from Microsoft; "the program
// for small organizations" («программа для небольших организаций») is Open. A plain purchase from Microsoft,
// or a question about the program, keeps its reading.
import { checkKind } from './kindCheck';

describe('an agreement described in words', () => {
  checkKind([
    [
      'en-US',
      'Halvorsen Marine has a three-year enrollment signed straight with Microsoft, with annual true-ups, and their Azure runs on it.',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'hu-HU',
      'Nagyvállalati, közvetlenül a Microsofttal kötött hároméves szerződésük van, évente true-uppal, ezen fut az Azure.',
      { channel: 'ea', service: 'usage' },
    ],
    ['ru-RU', 'Office 365 E3 куплен по программе для небольших организаций, договор на три года.', { channel: 'open', service: 'license' }],
    ['en-US', 'They buy Azure directly from Microsoft with a card; there is no three-year enrollment.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Office 365 E3 куплен напрямую у Microsoft картой.', { channel: 'microsoft', service: 'license' }],
  ]);
});
