// "Through Open License" is the channel in full: the "License" of the programme's name is no
// licence-based service, so Azure bought through it stays usage-based.
import { checkKind } from './kindCheck';

describe('channelWords: "through Open License" is the programme, not a licence', () => {
  checkKind([
    [
      'en-US',
      'Azure bought through Open License years ago, we are an indirect provider.',
      { channel: 'open', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['en-US', 'The customer got its Azure credits thru Open Licence.', { channel: 'open', service: 'usage' }],
  ]);
});
