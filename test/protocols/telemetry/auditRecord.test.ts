// What an action's audit record carries (protocols/telemetry/auditRecord.ts), from tables: its log
// line and its span's attributes, field by field (ids only: whatever else the caller's object holds
// stays out), the optional ids only when there are some, and the span failed unless it succeeded.
// The line written and the span recorded by the shell: test/actions/audit.test.ts.
import { strict as assert } from 'assert';
import { AuditFields, auditLogEntry, AuditRecord, auditRecordOf, auditSpanAttributes, auditSpanError } from '../../../src/protocols/telemetry/auditRecord';

const WHO = '29:partner-user';
const OID = '8f1c2e4a-0000-4000-8000-000000000001';
const CUSTOMER = '8f1c2e4a-0000-4000-8000-000000000002';
const base: AuditRecord = { who: WHO, customerTenantId: CUSTOMER, action: 'startTransfer', outcome: 'succeeded' };

describe('Audit records: what the line and the span carry', () => {
  it('writes each field of the log line, the optional ids only when there are some, nothing else', () => {
    const rows: [string, AuditRecord, Record<string, unknown>][] = [
      ['the least', base, { audit: true, who: WHO, customerTenantId: CUSTOMER, action: 'startTransfer', outcome: 'succeeded' }],
      [
        'every id',
        { ...base, signedInObjectId: OID, resultId: 'tr-1', correlationId: 'c-1' },
        {
          audit: true,
          who: WHO,
          signedInObjectId: OID,
          customerTenantId: CUSTOMER,
          action: 'startTransfer',
          outcome: 'succeeded',
          resultId: 'tr-1',
          correlationId: 'c-1',
        },
      ],
      [
        'empty ids left out',
        { ...base, signedInObjectId: '', resultId: '', correlationId: '' },
        { audit: true, who: WHO, customerTenantId: CUSTOMER, action: 'startTransfer', outcome: 'succeeded' },
      ],
      [
        'what else the object holds left out',
        { ...base, outcome: 'forbidden', ...({ token: 'eyJ.secret.sig', text: 'move my customer' } as object) },
        { audit: true, who: WHO, customerTenantId: CUSTOMER, action: 'startTransfer', outcome: 'forbidden' },
      ],
    ];
    for (const [name, record, expected] of rows) assert.deepEqual(auditLogEntry(record), expected, name);
  });

  it('names the end user by the signed-in object id where known, else the channel user; the result id only when there is one', () => {
    const rows: [string, AuditRecord, Record<string, unknown>][] = [
      [
        'channel user only',
        base,
        {
          'advisor.audit': true,
          'enduser.id': WHO,
          'advisor.channel_user.id': WHO,
          'advisor.action.kind': 'startTransfer',
          'advisor.action.outcome': 'succeeded',
          'advisor.customer.tenant_id': CUSTOMER,
        },
      ],
      [
        'signed in, with a result and a correlation id',
        { ...base, action: 'assignAccess', signedInObjectId: OID, resultId: 'as-1', correlationId: 'c-1' },
        {
          'advisor.audit': true,
          'enduser.id': OID,
          'advisor.channel_user.id': WHO,
          'advisor.action.kind': 'assignAccess',
          'advisor.action.outcome': 'succeeded',
          'advisor.customer.tenant_id': CUSTOMER,
          'advisor.action.result_id': 'as-1',
        },
      ],
    ];
    for (const [name, record, expected] of rows) assert.deepEqual(auditSpanAttributes(record), expected, name);
  });

  it('fails the span with the outcome unless the action succeeded', () => {
    const rows: [AuditRecord['outcome'], string | undefined][] = [
      ['succeeded', undefined],
      ['forbidden', 'forbidden'],
      ['unavailable', 'unavailable'],
    ];
    for (const [outcome, error] of rows) assert.equal(auditSpanError({ outcome }), error, outcome);
  });

  it('makes every record one way: an id a step does not know (undefined or empty) is left out, and nothing else is carried', () => {
    const rows: [string, AuditFields, AuditRecord][] = [
      ['nothing optional known', { ...base, signedInObjectId: undefined, resultId: undefined, correlationId: undefined }, base],
      ['empty ids', { ...base, signedInObjectId: '', resultId: '', correlationId: '' }, base],
      [
        'every id',
        { ...base, signedInObjectId: OID, resultId: 'tr-1', correlationId: 'c-1' },
        { ...base, signedInObjectId: OID, resultId: 'tr-1', correlationId: 'c-1' },
      ],
      ['a stray field', { ...base, text: 'what the user typed' } as AuditFields, base],
    ];
    for (const [why, fields, expected] of rows) assert.deepEqual(auditRecordOf(fields), expected, why);
  });
});
