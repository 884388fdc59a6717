// Kind "correction": a product or contract said to be another customer's after it ("the Azure
// thing was a different customer", "the EA is another client") answers nothing of this case, as
// "who ... is the parent company" did. Read before as this customer's second product, asked.
import { checkKind } from './kindCheck';

describe('kind: "X was a different customer" sets X aside', () => {
  checkKind([
    ['en-US', "It's Dynamics 365 Sales, the Azure thing was a different customer. They want us to manage it.", { service: 'license', goal: 'support' }],
    ['en-US', 'Office 365 from another CSP. The EA is for a different client, we are T1.', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    // Said of no mention before it in its clause, it sets nothing aside there.
    ['en-US', 'Azure bought directly from Microsoft. It was a different customer that had the EA.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
