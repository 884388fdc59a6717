// The invoice sent over settles where it was bought: "most küldték át a számlát" opens a correction,
// as "megnéztem a számlát" does, and a shop's name on the invoice ("egy műszaki áruház neve van
// rajta") is a third party; the Microsoft web shop's name is Microsoft.
import { checkKind } from './kindCheck';

describe('channel: the shop named on the invoice sent over', () => {
  checkKind([
    [
      'hu-HU',
      'Vagy a mobilszolgáltató csomagjában vették az Office 365-öt, vagy egy webáruházban. Most küldték át a számlát: egy elektronikai bolt neve van rajta.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['hu-HU', 'EA-n vették az Azure-t, mondták. Átküldték a számlát: Open Value.', { channel: 'open', service: 'usage' }],
    ['hu-HU', 'Office 365, a számlán a Microsoft webshop neve szerepel.', { channel: 'microsoft', service: 'license' }],
  ]);
});
