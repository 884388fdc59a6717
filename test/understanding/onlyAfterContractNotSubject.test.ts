// "Only" right after a contract that is no subject ("the customer signed an EA only for Office
// 365") restricts the kind of service as any "only" does: the other product is background.
import { checkKind } from './kindCheck';

describe('"only" after a contract that is no subject restricts the service', () => {
  checkKind([['en-US', 'They have Azure and Office 365, the customer signed an EA only for Office 365.', { channel: 'ea', service: 'license' }]]);
});
