// "idk" and "dunno" doubt what follows as "I don't know" does: the role said after them is not
// taken, it is asked back.
import { checkDoubted, DoubtCase } from './kindCheck';

const cases: DoubtCase[] = [
  ['en-US', "idk if we're set up as an indirect reseller for this tenant.", {}, { partnerType: 'indirectReseller' }],
  ['en-US', 'dunno if we are an indirect reseller here, the customer bought from Microsoft.', { channel: 'microsoft' }, { partnerType: 'indirectReseller' }],
];

describe('idk and dunno doubt what follows', () => {
  checkDoubted(cases);
});
