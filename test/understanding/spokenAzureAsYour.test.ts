// Dictation writes "Azure" as "as your" ("they're on as your", "the as your subscription"): after
// a word that names a thing it is the product; "as your partner" keeps its own meaning.
import { checkKind } from './kindCheck';

describe('spoken: "as your" dictated for Azure', () => {
  checkKind([
    ['en-US', 'so the client is on as your and they pay for it with a credit card on the microsoft website', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'they got their as your credits from another csp partner and we are tee one', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    // "As your" before a role is the plain words: no product.
    ['en-US', 'we would like to sign on as your partner for this client, we are a direct bill partner', { partnerType: 'direct' }],
  ]);
});
