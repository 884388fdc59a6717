// One audit record per action, in the log (audit: true) and as a span: ids only, never a token.
// The span, and that no OpenTelemetry module loads while telemetry is off, are looked at in processes
// of their own (auditSpanProbe.ts, telemetry/telemetryOffProbe.ts).
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { auditAction } from '../../src/hosting/microsoftApis/audit';
import { captureLogger } from '../support/inProcess';

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzZWNyZXQiOiJ0b2tlbiJ9.sig';

describe('action audit', () => {
  const record = {
    who: '8f1c2e4a-0000-4000-8000-000000000001',
    customerTenantId: '8f1c2e4a-0000-4000-8000-000000000002',
    action: 'startTransfer' as const,
    outcome: 'succeeded' as const,
    resultId: 'transfer-1',
    correlationId: 'c-1',
  };

  it('logs one info line marked audit, with ids only, and never a token passed along by mistake', () => {
    const { logger, lines } = captureLogger('info', [TOKEN]);
    auditAction(logger, { ...record, ...({ token: TOKEN, text: 'move my customer please' } as object) });
    assert.equal(lines.length, 1);
    const line = lines[0]!;
    assert.equal(line.level, 30);
    assert.equal(line.audit, true);
    assert.deepEqual(
      [line.who, line.customerTenantId, line.action, line.outcome, line.resultId, line.correlationId],
      [record.who, record.customerTenantId, 'startTransfer', 'succeeded', 'transfer-1', 'c-1'],
    );
    const raw = JSON.stringify(line);
    assert.ok(!raw.includes(TOKEN) && !raw.includes('move my customer'), raw);
  });

  it('records a span of its own when telemetry runs, failed when the action failed, without the token', () => {
    const probe = path.join(__dirname, 'auditSpanProbe.js');
    const given = { ...record, outcome: 'forbidden', resultId: undefined, token: TOKEN };
    const out = execFileSync(process.execPath, [probe, JSON.stringify(given)], { encoding: 'utf8', timeout: 60_000 });
    assert.ok(!out.includes(TOKEN));
    const spans = JSON.parse(out);
    assert.equal(spans.length, 1);
    assert.equal(spans[0].name, 'advisor.action');
    assert.equal(spans[0].status, 2, 'error');
    assert.deepEqual(spans[0].attributes, {
      'advisor.audit': true,
      'enduser.id': record.who,
      'advisor.channel_user.id': record.who,
      'advisor.action.kind': 'startTransfer',
      'advisor.action.outcome': 'forbidden',
      'advisor.customer.tenant_id': record.customerTenantId,
    });
  });

  it('issue 67 finding 6: loads no OpenTelemetry module while telemetry is off, in a process of its own whatever this one loaded', () => {
    // This process may have OpenTelemetry loaded by another test (here it is, on purpose): the
    // check runs where nothing else was loaded (telemetryOffProbe.ts).
    require('@opentelemetry/api');
    assert.ok(
      Object.keys(require.cache).some((k) => /@opentelemetry[\\/]api[\\/]/.test(k)),
      'loaded here',
    );
    const out = execFileSync(process.execPath, [path.join(__dirname, '..', 'telemetry', 'telemetryOffProbe.js'), 'audit'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.deepEqual(JSON.parse(out), { loaded: [] });
  });
});
