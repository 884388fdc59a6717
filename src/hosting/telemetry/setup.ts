// Starts OpenTelemetry the standard way, from the environment (docs/telemetry.md): an OTLP endpoint
// starts the OpenTelemetry Node SDK, which reads the other OTEL_* settings itself, and
// APPLICATIONINSIGHTS_CONNECTION_STRING Azure Monitor; with neither (or OTEL_SDK_DISABLED=true)
// nothing is loaded and the instruments stay off (instruments.ts), so the bot pays nothing for
// telemetry. Auto-instrumentation stays off: the bot makes its own spans (a request, a turn, state
// accesses, connector calls) and labels them with ids only.
import { ConfigError } from '../../config';
import { disableInstruments, enableInstruments } from './instruments';

export type TelemetryExporter = 'none' | 'otlp' | 'azure-monitor';

type Env = Readonly<Record<string, string | undefined>>;

const set = (env: Env, name: string): boolean => (env[name] ?? '').trim() !== '';

/** Which exporter the environment asks for; both at once is a configuration error (one line). */
export function telemetryExporter(env: Env): TelemetryExporter {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return 'none';
  const otlp = ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT'].some((n) => set(env, n));
  const azure = set(env, 'APPLICATIONINSIGHTS_CONNECTION_STRING');
  if (otlp && azure)
    throw new ConfigError(
      'Set OTEL_EXPORTER_OTLP_ENDPOINT or APPLICATIONINSIGHTS_CONNECTION_STRING, not both (send OTLP to a collector that forwards to Azure Monitor instead).',
    );
  return azure ? 'azure-monitor' : otlp ? 'otlp' : 'none';
}

export interface Telemetry {
  exporter: TelemetryExporter;
  /** Exports what is buffered and stops (bounded: never holds up an exit for long). */
  shutdown(): Promise<void>;
}

const SERVICE_NAME = 'multichannel-advisor';
const SHUTDOWN_LIMIT_MS = 3_000;

export function startTelemetry(env: Env = process.env): Telemetry {
  const exporter = telemetryExporter(env);
  if (exporter === 'none') return { exporter, shutdown: async () => undefined };
  const named = set(env, 'OTEL_SERVICE_NAME') || /(^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  let stop: () => Promise<void>;
  if (exporter === 'otlp') {
    const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
    const sdk = new NodeSDK({ instrumentations: [], ...(named ? {} : { serviceName: SERVICE_NAME }) });
    sdk.start();
    stop = () => sdk.shutdown();
  } else {
    const monitor = require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
    if (!named) process.env.OTEL_SERVICE_NAME = SERVICE_NAME;
    const off = { enabled: false };
    monitor.useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING!.trim() },
      enableLiveMetrics: false,
      instrumentationOptions: { http: off, azureSdk: off, mongoDb: off, mySql: off, postgreSql: off, redis: off, bunyan: off, winston: off },
    });
    stop = () => monitor.shutdownAzureMonitor();
  }
  enableInstruments();
  return {
    exporter,
    shutdown: async () => {
      disableInstruments();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        stop().catch(() => undefined),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, SHUTDOWN_LIMIT_MS);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
