// From a Partner Center event's change and its audit record to the change reported for a case,
// from a table (follow-up review 2.5 and D4/D5): an acceptance names only a customer, never an
// object; a GDAP change must name its relationship; the time is the event's ResourceChangeUtcDate.
import { strict as assert } from 'assert';
import { acceptingTenantOf, EventDetails, eventPlan, EventPlan, ReportedChange, reportOf } from '../../src/domain/eventReports';
import type { CaseChange } from '../../src/domain/cases';

const AT = '2026-11-25T10:00:00+00:00';
const T = Date.UTC(2026, 10, 25, 10, 0, 0);
const REL = '5e8a1b2c-3d4f-4a5b-8c6d-7e8f9a0b1c2d-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const TENANT = '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90';

describe('Partner Center events as case reports', () => {
  const rows: [string, CaseChange, EventDetails, ReportedChange | 'noRelationship'][] = [
    ['an approval naming its relationship', 'approved', { objectId: REL }, { kind: 'gdapApproval', objectId: REL, change: 'approved', changedAt: T }],
    [
      'an approval with its customer',
      'approved',
      { objectId: REL, customerTenantId: TENANT, customerName: 'Contoso' },
      { kind: 'gdapApproval', objectId: REL, change: 'approved', customer: { tenantId: TENANT, name: 'Contoso' }, changedAt: T },
    ],
    ['a termination naming nothing', 'terminated', {}, 'noRelationship'],
    ['an expiry naming only a customer', 'expired', { customerTenantId: TENANT }, 'noRelationship'],
    [
      'an acceptance: the customer, never an object',
      'accepted',
      { objectId: TENANT, customerTenantId: TENANT },
      { kind: 'resellerAcceptance', change: 'accepted', customer: { tenantId: TENANT, name: '' }, changedAt: T },
    ],
    ['an acceptance naming nobody', 'accepted', {}, { kind: 'resellerAcceptance', change: 'accepted', changedAt: T }],
  ];
  for (const [name, change, details, report] of rows) it(name, () => assert.deepEqual(reportOf(change, details, AT), report));

  it('reads the time with its offset', () => {
    const report = reportOf('approved', { objectId: REL }, '2026-11-25T12:00:00+02:00');
    assert.equal(report !== 'noRelationship' && report.changedAt, T);
  });

  it("checks an acceptance for the record's customer, else its object", () => {
    assert.equal(acceptingTenantOf({ objectId: 'obj', customerTenantId: TENANT }), TENANT);
    assert.equal(acceptingTenantOf({ objectId: TENANT }), TENANT);
    assert.equal(acceptingTenantOf({}), undefined);
  });

  it('plans what an event asks for before anything is read', () => {
    const resource = (path: string) => `https://api.partnercenter.microsoft.com/${path}`;
    const rows: [string, string, boolean, EventPlan][] = [
      ['test-created', resource('webhooks/v1/registration/validationEvents/x'), true, { plan: 'test' }],
      [
        'granular-admin-access-assignment-activated',
        resource(`granularAdminRelationships/${REL}/accessAssignments/a`),
        true,
        { plan: 'readAccess', relationshipId: REL },
      ],
      [
        'granular-admin-access-assignment-created',
        resource(`granularAdminRelationships/${REL.toUpperCase()}`),
        true,
        { plan: 'readAccess', relationshipId: REL },
      ],
      ['granular-admin-access-assignment-updated', resource(`granularAdminRelationships/${REL}`), false, { plan: 'logOnly', outcome: 'ignored' }],
      ['granular-admin-access-assignment-deleted', resource('granularAdminRelationships/nope'), true, { plan: 'logOnly', outcome: 'unknown' }],
      ['granular-admin-relationship-approved', resource(`granularAdminRelationships/${REL}`), true, { plan: 'report', change: 'approved' }],
      ['granular-admin-relationship-expired', resource(`granularAdminRelationships/${REL}`), false, { plan: 'report', change: 'expired' }],
      ['granular-admin-relationship-terminated', resource('x'), true, { plan: 'report', change: 'terminated' }],
      ['reseller-relationship-accepted-by-customer', resource(`customers/${TENANT}`), true, { plan: 'report', change: 'accepted' }],
      ['indirect-reseller-relationship-accepted-by-customer', resource(`customers/${TENANT}`), true, { plan: 'report', change: 'accepted' }],
      ['granular-admin-relationship-activated', resource(`granularAdminRelationships/${REL}`), true, { plan: 'ignore' }],
      ['subscription-renewed', resource('x'), true, { plan: 'ignore' }],
    ];
    for (const [name, resourceUri, followed, plan] of rows) assert.deepEqual(eventPlan({ name, resourceUri }, followed), plan, `${name} ${followed}`);
  });
});
