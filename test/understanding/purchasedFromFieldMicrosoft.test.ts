// A field saying where the customer bought ("Purchased from: Microsoft directly", "Channel:
// Microsoft direct") whose value is Microsoft alone is the direct channel; Microsoft followed by
// a product or a program in that field is not read as direct.
import { checkKind } from './kindCheck';

describe('a purchased-from field naming Microsoft', () => {
  checkKind([
    ['en-US', 'Product: Azure\nPurchased from: Microsoft directly\nCloud: global', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Azure subscription. Bought from: Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Product: Azure\nChannel: Microsoft directly', { channel: 'microsoft', service: 'usage' }],
    // Near miss: a program of Microsoft's in the field is that program.
    ['en-US', 'Product: Azure\nPurchased from: Microsoft Advisor program', { channel: 'advisor', service: 'usage' }],
  ]);
});
