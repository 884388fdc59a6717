// Microsoft named as who sends the customer the invoice or bills it ("a számlát a Microsoft küldi
// nekik", "a Microsoft számláz nekik") says the customer buys from Microsoft; Microsoft billing
// us is the partner's own billing, and says nothing of the customer's channel.
import { checkKind } from './kindCheck';

describe('channel: Microsoft sends the customer the invoice, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'A Dynamics 365-öt használják, a számlát a Microsoft küldi nekik minden hónapban.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Office 365 E3, a Microsoft küldi nekik a számlát.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Az Azure-t a Microsoft számlázza nekik, bankkártyáról.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Office 365, nem a Microsoft küldi a számlát.', { service: 'license' }],
    ['hu-HU', 'Office 365, a Microsoft küldi nekünk a számlát.', { service: 'license' }],
  ]);
});
