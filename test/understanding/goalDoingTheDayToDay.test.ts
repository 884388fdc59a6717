// "Doing the day to day" for their licences, without "admin" after it: looking after them.
import { checkKind } from './kindCheck';

describe('goal: doing the day to day', () => {
  checkKind([
    ['en-US', "We'd be doing the day to day for their Microsoft 365.", { service: 'license', goal: 'support' }],
    ['en-US', 'They need someone to handle the day to day (resets, new users) on their Office 365 E3.', { service: 'license', goal: 'support' }],
  ]);
});
