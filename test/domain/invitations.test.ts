// Which invitation an acceptance belongs to, from a table (follow-up review 2.5): Partner Center's
// acceptance names only a customer, so an invitation matches only the customer its partner named,
// by tenant ID or by domain, in any letter case; an invitation that names nobody matches nothing.
import { strict as assert } from 'assert';
import type { CaseCustomer } from '../../src/domain/cases';
import { customerKeys, isNamedBy, namesCustomer } from '../../src/domain/invitations';

const TENANT = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000002';
const named = (c: Partial<CaseCustomer>): { customer: CaseCustomer } => ({ customer: { tenantId: '', name: '', ...c } });

describe('Invitations matched to an acceptance', () => {
  const rows: [string, { customer: CaseCustomer }, Pick<CaseCustomer, 'tenantId' | 'domain'>, boolean][] = [
    ['the named tenant', named({ tenantId: TENANT }), { tenantId: TENANT }, true],
    ['the named tenant in capitals', named({ tenantId: TENANT }), { tenantId: TENANT.toUpperCase() }, true],
    ['the named domain, also in another case', named({ domain: 'contoso.com' }), { tenantId: TENANT, domain: 'Contoso.COM' }, true],
    ['another tenant', named({ tenantId: TENANT }), { tenantId: OTHER }, false],
    ['another domain', named({ domain: 'contoso.com' }), { tenantId: TENANT, domain: 'fabrikam.com' }, false],
    ['a domain named, only a tenant accepted', named({ domain: 'contoso.com' }), { tenantId: TENANT }, false],
    ['an invitation naming nobody, an acceptance naming nobody', named({}), { tenantId: '' }, false],
    ['an invitation naming nobody, any customer', named({}), { tenantId: TENANT, domain: 'contoso.com' }, false],
  ];
  for (const [name, item, accepted, matches] of rows) {
    it(`${name}: ${matches ? 'matches' : 'no match'}`, () => assert.equal(isNamedBy(item, accepted), matches));
  }

  it('indexes a customer under its tenant and its domain, lower-cased, and under nothing when unnamed', () => {
    assert.deepEqual(customerKeys({ tenantId: TENANT.toUpperCase(), domain: 'Contoso.com' }), [`tenant:${TENANT}`, 'domain:contoso.com']);
    assert.deepEqual(customerKeys({ tenantId: '' }), []);
    assert.equal(namesCustomer(named({})), false);
    assert.equal(namesCustomer(named({ domain: 'contoso.com' })), true);
  });
});
