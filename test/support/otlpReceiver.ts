// A stand-in OpenTelemetry collector: an HTTP server on 127.0.0.1 taking OTLP/HTTP with JSON
// bodies (OTEL_EXPORTER_OTLP_PROTOCOL=http/json) on /v1/traces, /v1/metrics and /v1/logs, keeping
// every body as received (to search for what must never be exported) and as parsed.
import * as http from 'http';

type AnyValue = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean };
export interface KeyValue {
  key: string;
  value: AnyValue;
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: KeyValue[];
}
export interface OtlpMetric {
  name: string;
  sum?: { dataPoints: { asInt?: string | number; asDouble?: number; attributes?: KeyValue[] }[] };
  histogram?: { dataPoints: { count: string | number; attributes?: KeyValue[] }[] };
}
interface ResourcePart {
  resource?: { attributes?: KeyValue[] };
}

export interface OtlpReceiver {
  url: string;
  /** Raw request bodies, by path. */
  bodies: { path: string; text: string }[];
  spans(): (OtlpSpan & { service: string })[];
  metrics(): (OtlpMetric & { service: string })[];
  close(): Promise<void>;
}

/** An attribute's value as a string (or undefined when absent). */
export function attr(attributes: KeyValue[] | undefined, key: string): string | undefined {
  const v = attributes?.find((a) => a.key === key)?.value;
  if (!v) return undefined;
  const raw = v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue;
  return raw === undefined ? undefined : String(raw);
}

const serviceOf = (part: ResourcePart): string => attr(part.resource?.attributes, 'service.name') ?? '';

export async function otlpReceiver(): Promise<OtlpReceiver> {
  const bodies: { path: string; text: string }[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', text });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const parsed = (path: string): unknown[] => bodies.filter((b) => b.path === path).map((b) => JSON.parse(b.text) as unknown);
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    bodies,
    spans: () =>
      parsed('/v1/traces').flatMap((b) =>
        ((b as { resourceSpans?: (ResourcePart & { scopeSpans: { spans: OtlpSpan[] }[] })[] }).resourceSpans ?? []).flatMap((r) =>
          r.scopeSpans.flatMap((s) => s.spans.map((span) => ({ ...span, service: serviceOf(r) }))),
        ),
      ),
    metrics: () =>
      parsed('/v1/metrics').flatMap((b) =>
        ((b as { resourceMetrics?: (ResourcePart & { scopeMetrics: { metrics: OtlpMetric[] }[] })[] }).resourceMetrics ?? []).flatMap((r) =>
          r.scopeMetrics.flatMap((s) => s.metrics.map((m) => ({ ...m, service: serviceOf(r) }))),
        ),
      ),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Waits until what the receiver got passes `check` (exports arrive on the exporter's schedule). */
export async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
