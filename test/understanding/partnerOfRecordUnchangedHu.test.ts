// The partner of record said not to change ("a PoR nem változik", with or without its comma) and
// paying on at the old place ("fizetni továbbra is a régi helyen fognak") ask for support, not a move.
import { checkKind } from './kindCheck';

describe('words: Hungarian partner of record unchanged', () => {
  checkKind([
    ['hu-HU', 'Office 365 E3 – a PoR nem változik, csak figyeljetek a tenantra.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Exchange Online: a partner of record, az nem változik.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Teams-licencek, fizetni továbbra is a régi helyen fognak.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Microsoft 365 Business Basic, a számlázás nem változik.', { service: 'license', goal: 'support' }],
  ]);
});
