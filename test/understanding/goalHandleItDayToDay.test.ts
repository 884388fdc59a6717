// "Handle it day to day": the day to day said after what is handled.
import { checkKind } from './kindCheck';

describe('goal: handling it day to day', () => {
  checkKind([
    [
      'en-US',
      'Their Microsoft 365 E3 is on an Open Value agreement and they want us to handle it day to day.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['en-US', 'They want us to handle them day to day, their Office 365 licences.', { service: 'license', goal: 'support' }],
  ]);
});
