// "Wasn't sure" / "weren't sure" is a doubt like "not sure": it doubts how the product was bought,
// not the product; the "wasn't" is no negation of the product that follows.
import { checkDoubted, checkKind } from './kindCheck';

describe('doubt: "wasn\'t sure" doubts the channel, not the product', () => {
  checkDoubted([
    ['en-US', "The caller wasn't sure if their Azure came through Open Value.", { service: 'usage' }, { channel: 'open' }],
    ['en-US', "They weren't sure whether Dynamics 365 was bought under the EA.", { service: 'license' }, { channel: 'ea' }],
  ]);
  checkKind([['en-US', "He wasn't sure how they bought Microsoft 365. They want us to support it.", { service: 'license', goal: 'support' }]]);
});
