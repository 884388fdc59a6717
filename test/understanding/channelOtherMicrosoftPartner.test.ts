// Channel words: "some other Microsoft partner", "a different Microsoft partner" is another CSP
// as "another partner" is; the word "Microsoft" between changes nothing.
import { checkKind } from './kindCheck';

describe('channel: "some other Microsoft partner" is another CSP', () => {
  checkKind([
    ['en-US', 'It was some other Microsoft partner up north who sold them Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Office 365 through a different Microsoft partner, they want us to manage it.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});
