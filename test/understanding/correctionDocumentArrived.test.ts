// Two people said two channels, then a document arrives ("the PO just came through", "the
// contract came in"): what is read after it replaces what was said before, as after "checked
// the invoice" already.
import { checkKind } from './kindCheck';

describe('correction: a document that came in settles what people said', () => {
  checkKind([
    ['en-US', 'Their IT guy said EA, the owner said Open. Anyway the contract just came in and it says Open.', { channel: 'open' }],
    ['en-US', 'EA or MPSA? The PO finally arrived: MPSA. Exchange Online for 30 users.', { channel: 'open', service: 'license' }],
    ['en-US', 'Their IT guy said EA, the owner said Open.', {}, ['channel']],
  ]);
});
