// Reading a Partner Center webhook event strictly: each bound and each rule of the event model on
// its own, at its edge, so a loosened check is seen (the hosting tests read whole documented bodies).
import { strict as assert } from 'assert';
import { EVENT_LIMITS, changeOf, isAssignmentEvent, readPartnerCenterEvent, relationshipOfResource } from '../../src/domain/partnerCenterEvents';

// The shape of the webhook-events page's example (test-created, AuditUri null, seven fractional digits).
const example = {
  EventName: 'test-created',
  ResourceUri: 'https://api.partnercenter.microsoft.com/webhooks/v1/registration/validationEvents/c0bfd694-3075-4ec5-9a3c-733d3a890a1f',
  ResourceName: 'test',
  AuditUri: null,
  ResourceChangeUtcDate: '2017-11-16T16:19:06.3520276+00:00',
};
const CHANGED_AT = '2017-11-16T16:19:06.352Z';
const REL = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const REL_PC = `${REL}-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`;

const read = (changes: Record<string, unknown>) => readPartnerCenterEvent({ ...example, ...changes });
const longUri = (length: number) => {
  const start = 'https://partner.microsoft.com/';
  return start + 'a'.repeat(length - start.length);
};

describe('Partner Center event: each rule of the reading', () => {
  it('reads the example with exactly the five members, no audit URI when it is null', () => {
    assert.deepEqual(readPartnerCenterEvent(example), {
      name: 'test-created',
      resourceUri: example.ResourceUri,
      resourceName: 'test',
      changedAt: CHANGED_AT,
    });
    assert.deepEqual(Object.keys(read({ AuditUri: undefined })!), ['name', 'resourceUri', 'resourceName', 'changedAt']);
  });

  it('keeps an http or https audit URI, and refuses the event for any other', () => {
    assert.equal(
      read({ AuditUri: 'https://api.partnercenter.microsoft.com/auditactivity/v1/auditrecords/1' })?.auditUri,
      'https://api.partnercenter.microsoft.com/auditactivity/v1/auditrecords/1',
    );
    assert.equal(read({ AuditUri: 'http://localhost:4000/auditrecords/1' })?.auditUri, 'http://localhost:4000/auditrecords/1');
    assert.equal(read({ AuditUri: '' }), undefined);
    assert.equal(read({ AuditUri: 'ftp://partner.microsoft.com/a' }), undefined);
    assert.equal(read({ AuditUri: 'https://user@partner.microsoft.com/a' }), undefined);
    assert.equal(read({ AuditUri: 'https://:secret@partner.microsoft.com/a' }), undefined);
  });

  it('takes a resource URI on http or https, without user name or password', () => {
    assert.equal(read({ ResourceUri: 'http://localhost:4000/customers/1' })?.resourceUri, 'http://localhost:4000/customers/1');
    assert.equal(read({ ResourceUri: 'https://user@partner.microsoft.com/customers/1' }), undefined);
    assert.equal(read({ ResourceUri: 'https://user:pw@partner.microsoft.com/customers/1' }), undefined);
    assert.equal(read({ ResourceUri: 'https://:pw@partner.microsoft.com/customers/1' }), undefined);
    assert.equal(read({ ResourceUri: 'mailto:someone@contoso.com' }), undefined);
    assert.equal(read({ ResourceUri: 42 }), undefined);
  });

  it('takes each member up to its bound and refuses it one character past', () => {
    assert.equal(read({ EventName: 'a'.repeat(EVENT_LIMITS.name) })?.name, 'a'.repeat(100));
    assert.equal(read({ EventName: 'a'.repeat(EVENT_LIMITS.name + 1) }), undefined);
    assert.equal(read({ ResourceName: 'r'.repeat(200) })?.resourceName, 'r'.repeat(200));
    assert.equal(read({ ResourceName: 'r'.repeat(201) }), undefined);
    assert.equal(read({ ResourceUri: longUri(2048) })?.resourceUri, longUri(2048));
    assert.equal(read({ ResourceUri: longUri(2049) }), undefined);
    assert.equal(read({ AuditUri: longUri(2048) })?.auditUri, longUri(2048));
    assert.equal(read({ AuditUri: longUri(2049) }), undefined);
  });

  it('refuses an empty name, resource name or date, and a missing one', () => {
    for (const member of ['EventName', 'ResourceUri', 'ResourceName', 'ResourceChangeUtcDate']) {
      assert.equal(read({ [member]: '' }), undefined, `${member} empty`);
      assert.equal(read({ [member]: undefined }), undefined, `${member} missing`);
    }
  });

  it('takes an event name of words joined by single hyphens, in any case, and nothing else', () => {
    assert.equal(read({ EventName: 'Test-Created' })?.name, 'Test-Created');
    assert.equal(read({ EventName: 'subscription-updated2' })?.name, 'subscription-updated2');
    for (const name of ['-test-created', 'test-created-', 'test--created', 'test created', 'x test-created', 'test-created x', 'test_created'])
      assert.equal(read({ EventName: name }), undefined, name);
  });

  it('reads camelCase members when Partner Center names none in PascalCase, PascalCase first', () => {
    const camel = readPartnerCenterEvent({
      eventName: 'test-created',
      resourceUri: example.ResourceUri,
      resourceName: 'test',
      auditUri: 'https://partner.microsoft.com/audit/1',
      resourceChangeUtcDate: example.ResourceChangeUtcDate,
    });
    assert.deepEqual(camel, { ...readPartnerCenterEvent(example), auditUri: 'https://partner.microsoft.com/audit/1' });
    assert.equal(read({ eventName: 'granular-admin-relationship-approved' })?.name, 'test-created');
  });

  it('reads the date as an ISO date-time: offsets, Z, fractions of any length, and none', () => {
    assert.equal(read({ ResourceChangeUtcDate: '2017-11-16T18:19:06+02:00' })?.changedAt, '2017-11-16T16:19:06.000Z');
    assert.equal(read({ ResourceChangeUtcDate: '2017-11-16T14:19:06.5-02:00' })?.changedAt, '2017-11-16T16:19:06.500Z');
    assert.equal(read({ ResourceChangeUtcDate: '2017-11-16T16:19:06Z' })?.changedAt, '2017-11-16T16:19:06.000Z');
    assert.equal(read({ ResourceChangeUtcDate: '2017-11-16T16:19:06.352027600+00:00' })?.changedAt, CHANGED_AT);
    for (const date of [
      '2017-11-16 16:19:06Z',
      '2017-11-16T16:19Z',
      '2017-11-16T16:19:06.Z',
      '2017-11-16T16:19:06.3520276+0000',
      '2017-11-16T16:19:06.1234567890Z',
      'x2017-11-16T16:19:06Z',
      '2017-11-16T16:19:06Zx',
      '17-11-16T16:19:06Z',
      '2017-11-16T23:60:00Z',
      // An expanded year is ISO too, and Date.parse reads it, but it is not the format Partner Center writes.
      '+002017-11-16T16:19:06Z',
    ])
      assert.equal(read({ ResourceChangeUtcDate: date }), undefined, date);
  });

  it('reads a date without an offset as UTC, whatever the time zone of the machine', () => {
    // "The UTC date-time format" (webhook-events): the same instant in every zone.
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Sao_Paulo';
      assert.equal(read({ ResourceChangeUtcDate: '2017-11-16T16:19:06.3520276' })?.changedAt, CHANGED_AT);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('names an assignment event only when the bot registered it', () => {
    assert.equal(isAssignmentEvent('granular-admin-access-assignment-activated'), true);
    assert.equal(isAssignmentEvent('granular-admin-access-assignment-renamed'), false);
    assert.equal(isAssignmentEvent('granular-admin-relationship-approved'), false);
    assert.equal(changeOf('granular-admin-access-assignment-deleted'), undefined);
  });
});

describe('Partner Center event: the relationship an assignment event is about', () => {
  it("reads the segment after granularAdminRelationships (Partner Center's shape) or delegatedAdminRelationships (Graph's), in lower case", () => {
    assert.equal(relationshipOfResource(`https://partner.microsoft.com/granularAdminRelationships/${REL_PC}`), REL_PC);
    assert.equal(relationshipOfResource(`https://partner.microsoft.com//GranularAdminRelationships//${REL.toUpperCase()}/accessAssignments/1`), REL);
    assert.equal(relationshipOfResource(`https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${REL}`), REL);
  });

  it('reads nothing where no relationship id follows', () => {
    for (const uri of [
      `https://partner.microsoft.com/granularAdminRelationships`,
      `https://partner.microsoft.com/granularAdminRelationships/`,
      `https://partner.microsoft.com/xgranularAdminRelationships/${REL}`,
      `https://partner.microsoft.com/granularAdminRelationshipsx/${REL}`,
      `https://partner.microsoft.com/customers/${REL}`,
      `https://partner.microsoft.com/${REL}`,
      `https://partner.microsoft.com/granularAdminRelationships/${REL}x`,
      `https://partner.microsoft.com/granularAdminRelationships/x${REL}`,
      `https://partner.microsoft.com/granularAdminRelationships/${REL}-0a1b2c3d`,
      `https://partner.microsoft.com/granularAdminRelationships/5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a`,
      'not a uri',
    ])
      assert.equal(relationshipOfResource(uri), undefined, uri);
  });
});
