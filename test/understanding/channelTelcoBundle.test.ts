// Own words for a Microsoft Syndication Partner in Hungarian: the licences came in the package of
// the customer's telco ("a mobilszolgáltatója csomagjában", "a távközlési csomagjukkal", "az
// internetcsomaggal"), or the programme is named ("a Microsoft syndication programja"). Written
// with or without accents; as one option of an either/or it is the option a reference keeps.
import { checkKind } from './kindCheck';

describe("own words: a telco's package is a Microsoft Syndication Partner's", () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél a Microsoft 365-öt a mobilszolgáltatója csomagjában kapta, mi csak támogatnánk.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Teams licenceket a távközlési csomagjukkal együtt vették a Telekomtól.', { channel: 'syndication', service: 'license' }],
    ['hu-HU', 'Az Exchange Online-t az internetcsomaggal kapták, ez a Microsoft syndication programja.', { channel: 'syndication', service: 'license' }],
    ['hu-HU', 'ugyfel a tavkozlesi csomagbol kapta a dynamics 365-ot', { channel: 'syndication', service: 'license' }],
    [
      'hu-HU',
      'Az ügyfél vagy EA-n, vagy a mobilszolgáltatója csomagjából vette a Microsoft 365-öt. Az utóbbi.',
      { channel: 'syndication', service: 'license' },
    ],
  ]);
});
