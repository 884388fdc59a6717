// Everyday support work: password resets, "us as their admin".
import { checkKind } from './kindCheck';

describe('goal: password resets and "us as admin" are support', () => {
  checkKind([
    ['en-US', 'Office 365 E1, they need someone for password resets and new users.', { service: 'license', goal: 'support' }],
    ['en-US', 'They want us as admin for their Microsoft 365, nothing else.', { service: 'license', goal: 'support' }],
  ]);
});
