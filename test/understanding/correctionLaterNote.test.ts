// Notes of one call labelled by the time of day: a later note ("Délután:", "Később:",
// "Afternoon:") restates the case and replaces what the earlier one said to the same question.
import { checkKind } from './kindCheck';

describe('correction: a later note of the same call', () => {
  checkKind([
    [
      'hu-HU',
      'Jegyzet, reggel: Dynamics 365, Open Value-n keresztül.\nJegyzet, délután: Dynamics 365, EA-n keresztül, üzemeltetést kérnek.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Délelőtt: Azure, közvetlenül a Microsofttól. Később: Azure, egy másik CSP partnertől.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Délelőtt: Office 365, Open. Délután: támogatást kérnek.', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'en-US',
      'Note, morning: Office 365, bought with Open License.\nNote, afternoon: Office 365, through EA, they want support.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
