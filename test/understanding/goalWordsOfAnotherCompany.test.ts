// Goal words said of another company are not this case's goal: a company that "just does their
// helpdesk", a "property management co", a partner the admin center "lists as partner of record".
import { checkKind } from './kindCheck';

describe("goal: words naming another company's work are not the goal", () => {
  checkKind([
    ['en-US', 'Northwind IT just does their helpdesk. We would take over the billing for the Office 365 licences.', { service: 'license', goal: 'move' }],
    ['en-US', 'The property management co got Microsoft 365 for this office from another CSP.', { channel: 'otherCsp', service: 'license' }],
    [
      'en-US',
      'Q: What do you need from us? A: "help desk, admin stuff"\nNote: the admin center shows Fabrikam IT as partner of record. Microsoft 365 Business Standard.',
      { service: 'license', goal: 'support' },
    ],
    // Read so before; kept as a guard: said of us, it is the goal.
    ['en-US', 'We only do their helpdesk for Microsoft 365.', { service: 'license', goal: 'support' }],
  ]);
});
