// A clause that is only "no" and the goal's noun (". No migration.", in a short note too) refuses the
// move, as "there is no transfer" does; a "no" set off by a comma ("No, a transfer is what they
// asked for") answers the question before it and leaves the move standing.
import { checkKind } from './kindCheck';

describe('"no" right before the goal noun closing its clause (en-US)', () => {
  checkKind([
    ['en-US', 'Visio on Open. No migration.', { channel: 'open', service: 'license' }],
    ['en-US', 'Project Online on EA. No transfer.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Visio. No transfer.', { service: 'license' }],
    ['en-US', 'Project Online sits on the EA. No transfer, only day-to-day support.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'Project Online sits on the EA. No, a transfer is what they asked for.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
