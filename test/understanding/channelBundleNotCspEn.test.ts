// A carrier's or an ISP's bundle is read as a syndication offer; one said right after not to be a
// CSP ("a local ISP bundle (not CSP)", "just a telco bundle, not a CSP thing") is a plain resale by
// a third party. A bundle named a syndication one keeps its channel.
import { checkKind } from './kindCheck';

describe('channel: a telco or ISP bundle that is not CSP, en-US', () => {
  checkKind([
    ['en-US', 'They got Teams Essentials through a regional ISP bundle (not CSP).', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Project Plan 3 came as a cable company package, not a CSP partner.', { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      "Exchange Online came in the telco bundle, isn't a CSP, so they want us to take over billing.",
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    // Said nothing of CSP, or named a syndication offer: syndication.
    ['en-US', 'Exchange Online from a telco bundle. They want us to take over billing.', { channel: 'syndication', service: 'license', goal: 'move' }],
    ['en-US', "Exchange Online from the carrier's syndication bundle (not CSP).", { channel: 'syndication', service: 'license' }],
  ]);
});
