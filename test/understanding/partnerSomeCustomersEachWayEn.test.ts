// "Some customers we bill direct and some go through the distributor": a partner that works both
// ways names two roles for itself, and the role is asked, never guessed. Written for these tests.
import { checkKind } from './kindCheck';

describe('partner: some customers billed direct, some through the distributor (English)', () => {
  checkKind([
    ['en-US', 'Some customers we bill direct and some go through the distributor.', {}, ['partnerType']],
    ['en-US', 'Some clients we invoice directly, others we buy for through our distributor; this one has Office 365.', { service: 'license' }, ['partnerType']],
    ['en-US', 'We buy everything through our distributor. Office 365 for this customer too.', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
