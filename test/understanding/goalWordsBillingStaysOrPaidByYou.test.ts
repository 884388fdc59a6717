// Goal words a customer or an auditor writes: the billing that stays with the current seller is
// support; taking over the paying for the licences, or their being billed by you (the partner the
// customer writes to), moves them. "The incumbent CSP partner" is another CSP.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  ['en-US', 'The licenses came from another CSP partner and the billing stays with them.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ['en-US', "We'd like you to take over paying for our 20 licenses.", { service: 'license', goal: 'move' }],
  ['en-US', 'They want the licenses billed by you from next month.', { service: 'license', goal: 'move' }],
  ['en-US', 'The licenses are with the incumbent CSP partner, the customer wants support only.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
];

describe('Goal words: the billing stays, paying taken over, billed by you; the incumbent CSP', () => {
  checkKind(cases);
});
