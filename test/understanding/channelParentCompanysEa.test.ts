// «Через EA их бывшей головной компании»: the parent company named as the EA's owner, right after
// it, says which EA the customer bought through; it is no aside about the parent, and what the
// sentence says next (another option, the product, the wish) is this customer's.
import { checkKind } from './kindCheck';

describe('whose: «EA головной компании» is the EA the customer buys through (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Клиент работает по EA своей головной компании, Office 365, нужна поддержка.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Не помнит, то ли через EA их бывшей материнской компании, то ли по Open, но Office 365 точно.', { service: 'license' }, ['channel']],
    ['ru-RU', 'EA у головной компании, а сами брали Azure у другого CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
