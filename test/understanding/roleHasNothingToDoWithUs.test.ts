// "Pinnacle being direct bill has nothing to do with how we're set up": a role said to have
// nothing to do with us (or with how we work) is not our role, as one that "has nothing to do
// with it" is not; our own role, said before, stands.
import { checkKind } from './kindCheck';

describe('negation: a role that has nothing to do with us is not ours', () => {
  checkKind([
    [
      'en-US',
      'We are a T2 reseller and buy through Ingram. (Summit Cloud being direct bill has nothing to do with how we work.)',
      { partnerType: 'indirectReseller' },
    ],
    ['en-US', 'We buy through a distributor as a reseller. Harbor IT being T1 has nothing to do with us.', { partnerType: 'indirectReseller' }],
  ]);
});
