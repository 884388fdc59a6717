// Everyday words for moving the billing to us: "become the company they pay", "transition the
// licences to us".
import { checkKind } from './kindCheck';

describe('goal: "become the company they pay", "transition it to us" is move', () => {
  checkKind([
    ['en-US', 'They want us to become the company they pay for Microsoft 365.', { service: 'license', goal: 'move' }],
    ['en-US', 'they want to transition the Office 365 licences to us next quarter', { service: 'license', goal: 'move' }],
    ['en-US', 'Plan is to transition them over to us at renewal. Business Premium, 30 seats.', { service: 'license', goal: 'move' }],
  ]);
});
