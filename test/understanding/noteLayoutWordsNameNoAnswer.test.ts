// The words of a note's own layout answer nothing: a "Licensing desk" is a team, not a licence;
// an "Open item" is a task still to do, not Open Value.
import { checkKind } from './kindCheck';

describe('note layout: "Licensing desk", "Open item" answer nothing', () => {
  checkKind([
    ['en-US', 'Licensing desk: the customer wants to move their Azure to us.', { service: 'usage' }],
    [
      'en-US',
      'Microsoft 365 through an Advisor, global tenant.\n- Open item: who on their side accepts the invite',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
  ]);
});
