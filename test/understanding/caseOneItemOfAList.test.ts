// A list of tenants or companies ("A) … B) …", "1) … 2) …") and the case said to be one of them
// ("ez a jegy csak a B tenantról szól", "a 2. ponthoz:", "this ticket is only about item 2"):
// the other items' words, a seller said not to be a CSP among them, answer nothing of the case.
import { checkKind } from './kindCheck';

describe('understanding: a case about one item of a list', () => {
  checkKind([
    [
      'hu-HU',
      'Két tenant van:\nA) mecsekbau.onmicrosoft.com – Azure, EA-n\nB) mecsekbau-hr.onmicrosoft.com – Microsoft 365 E3, egy webshopból\nEz a jegy csak a B tenantról szól, támogatást kérnek.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Az összevonás után:\n1) Alföld Kft. – Office 365 egy boltból (nem CSP)\n2) Alföld Trans Kft. – Dynamics 365, Open Value-n\nA 2. ponthoz: partner of recordot kérnek.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'After the merger:\n1) Harbor Foods – Azure from a hosting company (not a CSP)\n2) Harbor Logistics – Microsoft 365 bought directly from Microsoft\nThis ticket is only about item 2: they want support, billing stays.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
