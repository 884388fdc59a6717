// Microsoft billing the customer ("a Microsoft közvetlenül számlázza", a field "Jelenleg
// számlázza: Microsoft") is the channel Microsoft; Microsoft billing us is our role, not it.
import { checkKind } from './kindCheck';

describe('channel words: Microsoft bills the customer itself', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél Azure-ját a Microsoft közvetlenül számlázza.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az Office 365-öt jelenleg a Microsoft számlázza.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Termék: Office 365 E1 | Jelenleg számlázza: Microsoft | Db: 10', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'A Microsoft közvetlenül nekünk számláz, az ügyfél EA-n van.', { channel: 'ea', partnerType: 'direct' }],
  ]);
});
