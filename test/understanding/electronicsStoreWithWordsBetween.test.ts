// A seller named as a kind of shop with words between its article and the shop ("from the big
// electronics store", "at their usual computer shop") is a seller outside CSP, as "from an
// electronics store" already was. A store of Microsoft's stays Microsoft's.
import { checkKind } from './kindCheck';

describe('an electronics or computer shop with words before it is a third party (en-US)', () => {
  checkKind([
    [
      'en-US',
      'Their Office Home & Business copies were picked up at the huge electronics superstore near the airport.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'Visio keys came from their usual computer shop downtown; they now want us to handle it day to day.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Got the Office licences from an electronics store, wants us to manage them.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
