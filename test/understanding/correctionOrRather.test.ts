// "Illetve" opening a sentence before a second look ("Illetve most nézem", "Illetve nem") takes
// back what the sentence before said, as "or rather" does; inside a list ("Azure, illetve
// Microsoft 365") it is only "and".
import { checkKind } from './kindCheck';

describe('correction: "illetve" at the start of a sentence', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt egy másik CSP-től vették. Illetve most nézem, egy webshopban vették.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Azure a Microsofttól jön közvetlenül. Illetve nem, egy másik CSP partnertől.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Az ügyfélnek Azure-je, illetve Microsoft 365-je is van, mindkettő egy másik CSP partnertől.', { channel: 'otherCsp' }, ['service']],
  ]);
});
