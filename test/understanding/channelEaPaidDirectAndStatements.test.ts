// Paying Microsoft directly under an Enterprise Agreement describes the EA, no second channel; a
// licensing statement looked at is a document, no product.
import { checkKind } from './kindCheck';

describe('channel: the EA paid directly; a licensing statement', () => {
  checkKind([
    ['en-US', 'They pay Microsoft directly under their Enterprise Agreement for Office 365 E5.', { channel: 'ea', service: 'license' }],
    ['en-US', 'They pay Microsoft directly for Azure under their EA, quarterly true-up.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Their Azure is on an MPSA, I looked at the licensing statement myself.', { channel: 'open', service: 'usage' }],
  ]);
});
