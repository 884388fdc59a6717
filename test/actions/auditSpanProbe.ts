// Run as its own process by audit.test.ts: no OpenTelemetry module may load in the test process
// (telemetry/setup.test.ts checks that), so the span is recorded here and printed as JSON.
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import pino from 'pino';
import { auditAction, AuditRecord } from '../../src/hosting/microsoftApis/audit';
import { enableInstruments } from '../../src/hosting/telemetry/instruments';

async function main(): Promise<void> {
  const record = JSON.parse(process.argv[2]!) as AuditRecord;
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  trace.setGlobalTracerProvider(provider);
  enableInstruments();
  auditAction(pino({ level: 'silent' }), record);
  await provider.forceFlush();
  const spans = exporter.getFinishedSpans().map((s) => ({ name: s.name, status: s.status.code, attributes: s.attributes }));
  process.stdout.write(JSON.stringify(spans));
  await provider.shutdown();
}

void main();
