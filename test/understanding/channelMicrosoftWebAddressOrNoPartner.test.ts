// Microsoft as the seller said by its web address after a purchase ("bought on portal.azure.com",
// "paid on microsoft dot com"; an address named otherwise is no channel) or by
// the absence of a partner ("no partner of record", "MCA, no partner"); Microsoft's reseller
// program named as what a partner was thrown out of is not Microsoft as the seller; an Office
// package from the cable company is syndication.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  ['en-US', 'They pay for Microsoft 365 on microsoft dot com with a card.', { channel: 'microsoft', service: 'license' }],
  ['en-US', 'The customer bought their Azure on portal.azure.com.', { channel: 'microsoft', service: 'usage' }],
  ['en-US', 'They manage their Azure on portal.azure.com, bought through their EA.', { channel: 'ea', service: 'usage' }],
  ['en-US', 'The admin URL he gave me is admin.microsoft.com, the licenses came through their EA.', { channel: 'ea', service: 'license' }],
  ['en-US', 'The admin center shows no partner of record for the Business Premium licenses.', { channel: 'microsoft', service: 'license' }],
  ['en-US', 'Azure is paid on invoice (MCA, no partner).', { channel: 'microsoft', service: 'usage' }],
  [
    'en-US',
    "The licenses came from another CSP partner. That partner was removed from Microsoft's reseller program last year.",
    { channel: 'otherCsp', service: 'license' },
  ],
  ['en-US', 'The Office licenses came with their internet pkg from the cable co.', { channel: 'syndication', service: 'license' }],
];

describe('Microsoft by its web address or no partner; the cable company package', () => {
  checkKind(cases);
});
