// "Should" opens a condition on a change next year only as "should they / it …" ("should they
// renew next year…"); "should be an EA that expires next year" is a statement, read.
import { checkKind } from './kindCheck';

describe('"should be" before "next year" is a statement, not a condition', () => {
  checkKind([
    ['en-US', 'Global cloud. Should be an EA that runs out next year, for their Microsoft 365 seats.', { cloud: 'global', channel: 'ea', service: 'license' }],
    ['en-US', 'Microsoft 365 via Open Value today. Should they switch to an EA next year, we will talk again.', { channel: 'open', service: 'license' }],
  ]);
});
