// "Take over their M365 Business Standard subs": the product's name between "their" and "subs".
import { checkKind } from './kindCheck';

describe('goal: taking over their subscriptions named by product', () => {
  checkKind([
    ['en-US', 'We want to take over their Microsoft 365 Business Premium subs.', { service: 'license', goal: 'move' }],
    ['en-US', 'They asked us to take over all their Dynamics 365 Sales licenses next month.', { service: 'license', goal: 'move' }],
  ]);
});
