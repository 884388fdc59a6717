// Goal words: "just admin for now" and "the people they call when Teams acts up" ask for support,
// not for the billing; "admin access" or "admin center" name no goal.
import { checkKind } from './kindCheck';

describe('goal: "just admin" and "the people they call when…" ask for support', () => {
  checkKind([
    ['en-US', 'Office 365 on Open. Only admin for them this year, the billing stays put.', { channel: 'open', service: 'license', goal: 'support' }],
    ['en-US', 'Microsoft 365 Business Standard. For now it is just admin, nothing else.', { service: 'license', goal: 'support' }],
    ['en-US', 'They want us to be the people they call when Outlook breaks. Microsoft 365.', { service: 'license', goal: 'support' }],
    ['en-US', "We'd be the ones they ring whenever someone can't log in. Office 365 E1.", { service: 'license', goal: 'support' }],
    ['en-US', 'Microsoft 365 E3. We only need admin access to look at the tenant first.', { service: 'license' }],
  ]);
});
