// An either/or with one option read ("Either some odd deal or an EA.") is asked about by name,
// also when another pair of the message was settled by a reference and lost an option, before it
// or after it (beyond the reach of that reference).
import { checkDoubted } from './kindCheck';

describe('a one-sided either/or beside a pair settled by a reference', () => {
  checkDoubted([
    ['en-US', 'Commercial cloud or GCC? The former. Either some odd deal or an EA.', { cloud: 'global' }, { channel: 'ea' }],
    [
      'en-US',
      'Either some odd deal or an EA. We talked about many other things on the call today, their offices, the team, the rollout plan and the budget for next year. Commercial cloud or GCC? The former.',
      { cloud: 'global' },
      { channel: 'ea' },
    ],
  ]);
});
