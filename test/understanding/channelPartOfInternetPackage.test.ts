// Licences that are "part of their business internet package" come with the telco's bundle:
// syndication, as "bundled with their internet".
import { checkKind } from './kindCheck';

describe('channel: licences part of an internet or phone package are syndication', () => {
  checkKind([
    ['en-US', 'Their Office 365 Business Basic is part of their business internet package, 5 users.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'The M365 seats are included in the phone plan they have with the carrier.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'M365 Business Standard came as part of the internet bundle from their ISP.', { channel: 'syndication', service: 'license' }],
  ]);
});
