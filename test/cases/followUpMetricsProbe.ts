// Run as its own process by followUpMetrics.test.ts (no OpenTelemetry module may load in the test
// process): a change told three times and a poll, with metrics and spans recorded in memory and
// printed as JSON.
import './probeGlobals';
import { metrics, trace } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { enableInstruments } from '../../src/hosting/telemetry/instruments';
import { Harness, POLL_MS } from './support';

class Reader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

async function main(): Promise<void> {
  const spans = new InMemorySpanExporter();
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
  const reader = new Reader();
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
  enableInstruments();

  const h = new Harness({
    appTokens: { token: async () => undefined },
    endpoints: { partnerCenter: 'http://127.0.0.1:9/pc', graph: 'http://127.0.0.1:9/graph' },
  });
  await h.addItem('gdapApproval', 'rel-1');
  const changedAt = h.clock.now() - 3000;
  for (let i = 0; i < 3; i++) await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-1', change: 'approved', changedAt }, 'event');
  await h.addItem('transfer', 'tr-1');
  h.clock.advance(POLL_MS);
  await h.follow.poller.tick();

  const { resourceMetrics } = await reader.collect();
  const points = resourceMetrics.scopeMetrics
    .flatMap((s) => s.metrics)
    .flatMap((m) => m.dataPoints.map((p) => ({ name: m.descriptor.name, attributes: p.attributes, value: p.value })));
  const names = spans.getFinishedSpans().map((s) => s.name);
  process.stdout.write(JSON.stringify({ points, spans: names }));
}

void main();
