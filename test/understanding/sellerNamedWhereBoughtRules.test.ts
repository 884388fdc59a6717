// "… from Northgate. Northgate was a T2 reseller" (`attributeRoles`, parties.ts): the seller named
// where the customer bought is a party when it is the role's sentence's first spaced word. A
// sentence that opens with the role itself has no such word, whatever the seller is called.
import * as assert from 'assert';
import { attributeRoles } from '../../src/domain/understanding/parties';

import { read, setUp } from './partiesSetUp';

describe('partiesRules: a sentence opening with the role names no seller before it, whatever the seller bought from is called', () => {
  it('"They bought it from Undefined. Direct partner." keeps the role the partner\'s', () => {
    const { text, mentions, lexicons } = setUp('They bought it from Undefined. Direct partner.', [['direct partner', 'partnerType', 'direct']]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['direct']);
  });
});
