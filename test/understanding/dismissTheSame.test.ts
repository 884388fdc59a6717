// "Kindly ignore the same" (the same: the thing just named, in Indian English) sets aside the
// other entity just named, as "ignore that" does: its channel is not this customer's.
import { checkKind } from './kindCheck';

describe('dismiss: "kindly ignore the same" sets the words before it aside', () => {
  checkKind([
    [
      'en-US',
      'Customer bought Azure directly from Microsoft. They have one more company which is with another CSP partner, kindly ignore the same.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', 'Their Office 365 came through a reseller. The sister company has an EA; please ignore the same.', { service: 'license' }],
  ]);
});
