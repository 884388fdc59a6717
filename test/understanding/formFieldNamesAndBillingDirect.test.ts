// A form's or quote's field named after a role ("the distributor line", "the reseller field") is
// a place on the paper, not the partner's role; and "we bill direct" says the role even when the
// sentence goes on with "so", "since" or "because".
import { checkKind } from './kindCheck';

describe('English: a role named as a field of a form is not the partner role', () => {
  checkKind([
    ['en-US', 'We bill direct so please leave the distributor line off the order.', { partnerType: 'direct' }],
    ['en-US', 'Please leave the distributor field blank on this quote.', {}],
    ['en-US', 'Distributor column on the order sheet stays empty, we invoice directly.', { partnerType: 'direct' }],
  ]);
});

describe('English: billing direct said before "so", "since" or "because"', () => {
  checkKind([
    ['en-US', 'We bill direct so the customer gets one invoice.', { partnerType: 'direct' }],
    ['en-US', 'We invoice directly because we have our own Partner Center billing.', { partnerType: 'direct' }],
  ]);
});
