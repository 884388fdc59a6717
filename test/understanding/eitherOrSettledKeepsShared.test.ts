// "Either we just support their Dynamics 365, or we take over the billing too. — The latter.": the
// two options are the goals; the product said inside the first is both options', and the
// reference that settles the goals keeps it.
import { checkKind } from './kindCheck';

describe('either/or: a settled pair keeps the product said inside the first option', () => {
  checkKind([
    ['hu-HU', 'Vagy mi csak üzemeltetjük az Office 365-öt, vagy átvesszük a számlázást is. Visszahívtak: az utóbbi.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Vagy üzemeltetjük a Dynamics 365-öt, vagy átvesszük a számlázást. Az előbbi.', { service: 'license', goal: 'support' }],
    [
      'en-US',
      'Either we just support their Dynamics 365, or we take over the billing too. They called back: the latter.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
