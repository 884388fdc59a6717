// Buying from Microsoft's own web shop is buying from Microsoft ("a Microsoft webshopjából", "a
// Microsoft online áruházában"); a web shop not Microsoft's is a third party.
import { checkKind } from './kindCheck';

describe("channel words: Microsoft's web shop in Hungarian", () => {
  checkKind([
    ['hu-HU', 'A Microsoft webshopjából rendelték az Office 365-öt, bankkártyával.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Microsoft webshopon vették a Dynamics 365-öt.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Az Azure-t a Microsoft internetes áruházából fizetik elő.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Egy webshopból vették a Microsoft 365 licenceket.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
