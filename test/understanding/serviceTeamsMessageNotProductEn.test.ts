// A Teams message, DM or post is where the customer's words were written, not their product: it
// states no service (as a Teams call does, serviceTeamsConversationNotProductHu.test.ts).
import { checkKind } from './kindCheck';

describe('service: words pasted from a Teams message name no product', () => {
  checkKind([
    ['en-US', 'copied from the client\'s Teams message: "our Azure subscriptions are paid to Microsoft by card"', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'He wrote in a Teams DM that their Azure comes from another CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
