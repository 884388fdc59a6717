// Product words: "their procurement office", "the finance office" name a department, not Office
// the product; Azure said beside one stays the only service.
import { checkKind } from './kindCheck';

describe('product: a procurement or finance office is a department, not Office', () => {
  checkKind([
    ['en-US', 'Their Azure is bought by the procurement office through an EA.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Azure consumption, the finance office pays it directly to Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Azure, and the billing office wants us to take over the invoices.', { service: 'usage' }],
    // Read so before; kept as guards.
    ['en-US', 'Business Office 365 seats from another CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
