// A bullet opens a line of a field list, not any dash in it: a turn whose words hold a dash ("We use
// Azure - or is it Office 365?") is still a turn, so the answer given back to its question counts;
// and a list indented by a few spaces ("  - Ügyfél: …") is still a bulleted list, read as one text.
import { checkKind } from './kindCheck';

describe('text: a dash inside a turn keeps it a turn, an indented bullet still opens a field', () => {
  checkKind([
    ['en-US', 'Customer: We use Azure - or is it Office 365?\nMe: Azure, I checked the invoice.\nCustomer: Right.', { service: 'usage' }],
    ['hu-HU', '  - Ügyfél: Kelet Trans Kft.\n  - Termék: Microsoft 365 E3\n  - Mi: direkt', { service: 'license', partnerType: 'direct' }],
  ]);
});
