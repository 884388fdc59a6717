// Another party "was the CSP partner on their subscription": the customer bought through another
// CSP partner. Said of us ("we were the CSP partner on …") it names no seller of theirs.
import { checkKind } from './kindCheck';

describe('channel: "X was the CSP partner on their subscription" is another CSP partner', () => {
  checkKind([
    [
      'en-US',
      'Their previous IT provider was the CSP partner on their Microsoft 365 tenant, they want to move it to us.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'A consulting firm in Tulsa is the CSP provider for their Azure; we are direct bill.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['en-US', 'we were the CSP partner on their Azure until 2022', { service: 'usage' }],
  ]);
});
