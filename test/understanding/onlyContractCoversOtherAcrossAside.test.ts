// Kind "whose": a contract said as the subject that only covers a product of another kind is that
// product's even when an aside set off by commas stands between the two ("the EA only covers, for
// their staff, Office 365"): the Office 365's clause then no longer holds the contract. A product
// said as the subject right before "only" ("Azure only, …") is the one in scope and stays.
import { checkKind } from './kindCheck';

describe('kind: a contract that only covers another kind of product, across an aside, is not the channel of the one in scope', () => {
  checkKind([
    ['en-US', 'Azure only. The EA only covers, for their staff, Office 365.', { service: 'usage' }],
    ['en-US', 'Azure only, their Office 365 is out of scope.', { service: 'usage' }],
  ]);
});
