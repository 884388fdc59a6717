// A yes opening a clause right after an answer said with "not" takes the "not" back: "Nem EA-n
// vették… illetve de, az" and "Not through EA… wait, yes, it was" state EA. A yes that goes on
// to doubt, or names another answer, is left to the usual rules.
import { checkKind } from './kindCheck';

describe('negation: taken back by a yes right after it', () => {
  checkKind([
    ['hu-HU', 'Nem EA-n vették az Azure-t... illetve de, az, csak más néven fut.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Nem egy másik CSP partnertől vették. Bocs, de igen, onnan. Microsoft 365 kell nekik.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Nem EA-n vették. Illetve de, bár nem vagyok benne biztos. Azure.', { service: 'usage' }],
    ['en-US', 'Not through an EA... wait, yes, it was, they renamed it. Azure only.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Not an EA. Actually, yes, Open Value. Azure.', { channel: 'open', service: 'usage' }],
  ]);
});
