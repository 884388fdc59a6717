// Kind "goalWords": "(wants you guys to) handle the billing" is taking over the billing, a move.
// Read before as no goal. Handling their billing questions is support work, not the billing, and
// the billing another party handles is no goal of ours.
import { checkKind } from './kindCheck';

describe('kind: handling the billing is a move', () => {
  checkKind([
    ['en-US', 'They have Microsoft 365 Business Premium and want you guys to handle the billing from now on.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365 via Open Value, the owner wants us handling all the invoicing.', { channel: 'open', service: 'license', goal: 'move' }],
    ['en-US', 'The owner wants us to handle the billing, the IT guy says just support. Not sure yet. Office 365.', { service: 'license' }, ['goal']],
    ['en-US', 'Office 365, we would handle their billing questions when they call.', { service: 'license' }],
    // Another party handling the billing is no goal of ours.
    ['en-US', 'We are T1, they have Office 365 and their accountant handles billing.', { service: 'license', partnerType: 'direct' }],
  ]);
});
