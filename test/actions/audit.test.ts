// One audit record per action, in the log (audit: true) and as a span: ids only, never a token.
import { strict as assert } from 'assert';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { auditAction } from '../../src/hosting/partnerCenter/audit';
import { disableInstruments, enableInstruments } from '../../src/hosting/telemetry/instruments';
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

  it('records a span of its own when telemetry runs, failed when the action failed', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    enableInstruments();
    try {
      const { logger } = captureLogger('info');
      auditAction(logger, { ...record, outcome: 'forbidden', resultId: undefined, ...({ token: TOKEN } as object) });
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      assert.equal(spans.length, 1);
      assert.equal(spans[0]!.name, 'advisor.action');
      assert.equal(spans[0]!.status.code, 2);
      assert.deepEqual(spans[0]!.attributes, {
        'advisor.audit': true,
        'enduser.id': record.who,
        'advisor.action.kind': 'startTransfer',
        'advisor.action.outcome': 'forbidden',
        'advisor.customer.tenant_id': record.customerTenantId,
      });
    } finally {
      disableInstruments();
      trace.disable();
      await provider.shutdown();
    }
  });

  it('records no span while telemetry is off', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    try {
      auditAction(captureLogger('info').logger, record);
      assert.equal(exporter.getFinishedSpans().length, 0);
    } finally {
      trace.disable();
    }
  });
});
