// A customer looked for among the partner's own (conversation/followUps/customerReads.ts), from
// tables written by hand: how it is looked for, and what the answer means for a polled invitation
// and for an acceptance event. Through Partner Center's stand-in: test/cases/acceptances.test.ts.
import { strict as assert } from 'assert';
import { acceptanceAfterRead, customerQueryOf, invitationRead } from '../../../src/conversation/followUps/customerReads';
import type { CustomerRead } from '../../../src/domain/microsoftApis/partnerCenterAnswers';

const customer = { tenantId: 'c-1', name: 'Fabrikam', domain: 'fabrikam.com' };
const failure = { failure: { kind: 'unavailable', status: 503 } } as CustomerRead;

describe('Follow-ups: a customer among the partner’s own', () => {
  it('looks by tenant id where one is named, else by domain in lower case, else not at all', () => {
    const rows: [{ tenantId: string; domain?: string }, unknown][] = [
      [{ tenantId: 'c-1', domain: 'fabrikam.com' }, { byId: 'c-1' }],
      [{ tenantId: '', domain: 'Fabrikam.COM' }, { byDomain: 'fabrikam.com' }],
      [{ tenantId: '', domain: '' }, undefined],
      [{ tenantId: '' }, undefined],
    ];
    for (const [named, query] of rows) assert.deepEqual(customerQueryOf(named), query, JSON.stringify(named));
  });

  it('reads an invitation as accepted once its customer is the partner’s, unchanged before, failed on a failure', () => {
    const rows: [CustomerRead, unknown][] = [
      [{ customer }, { change: 'accepted', customer }],
      [{ none: true }, { unchanged: true }],
      [failure, failure],
    ];
    for (const [read, expected] of rows) assert.deepEqual(invitationRead(read), expected, JSON.stringify(read));
  });

  it('tells an acceptance for the partner’s own customer only, and reads again after a failure', () => {
    const rows: [CustomerRead, unknown][] = [
      [{ customer }, { tell: customer }],
      [{ none: true }, 'notOurs'],
      [failure, { readAgain: 'unavailable' }],
    ];
    for (const [read, expected] of rows) assert.deepEqual(acceptanceAfterRead(read), expected, JSON.stringify(read));
  });
});
