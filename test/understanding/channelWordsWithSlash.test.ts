// Kind "channelWords": a ticket's "w/" is "with" and "w/o" is "without" ("pay it straight w/ MS",
// "w/o a partner"). Read before as a lone "w", so "straight w/ MS" named no channel.
import { checkKind } from './kindCheck';

describe('kind: "w/" and "w/o" in a typed note', () => {
  checkKind([
    ['en-US', 'Their Azure is paid on a card straight w/ MS.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Azure, set up w/ Microsoft directly.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'M365 bought w/o any partner in between, they want us to take over billing.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['en-US', 'Azure w/o the EA, they signed up straight w/ MS.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
