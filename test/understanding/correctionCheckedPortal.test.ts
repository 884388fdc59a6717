// Hungarian: "we checked on the licence portal / in Partner Center: EA" ("megnéztük a
// licencportálon", "ellenőriztem a partnerközpontban") takes back what was said before, as
// checking the invoice does; and a licence portal is a place, not a licence-based service.
import { checkKind } from './kindCheck';

describe('correction: what was checked on a portal replaces what was said', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t vagy Open Value-n, vagy EA-n vették. Megnéztük a licencportálon: Open Value.', { channel: 'open', service: 'usage' }],
    ['hu-HU', 'Az Azure-t vagy EA-n, vagy Open Value-n vették. Ellenőriztem a partnerközpontban: EA.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('own words: a licence portal is no licence-based service', () => {
  checkKind([
    ['hu-HU', 'Azure-t használnak, a licencportálon látszik minden előfizetés, EA-n vették.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'ugyfel az azure-t ea-n vette, a licenszportalon meg is neztem', { channel: 'ea', service: 'usage' }],
  ]);
});
