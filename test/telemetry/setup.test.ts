// Which exporter the environment chooses, and that none leaves every instrument off.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { ConfigError } from '../../src/config';
import { telemetryExporter } from '../../src/hosting/telemetry/setup';

describe('telemetry settings', () => {
  it('chooses OTLP, Azure Monitor or nothing from the standard settings', () => {
    assert.equal(telemetryExporter({}), 'none');
    assert.equal(telemetryExporter({ OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }), 'none');
    assert.equal(telemetryExporter({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }), 'otlp');
    assert.equal(telemetryExporter({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }), 'otlp');
    assert.equal(telemetryExporter({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=k' }), 'azure-monitor');
    assert.equal(telemetryExporter({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }), 'none');
  });

  it('stops with one line, without the connection string, when both exporters are set', () => {
    assert.throws(
      () => telemetryExporter({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=SecretKey' }),
      (e: unknown) => e instanceof ConfigError && /not both/.test(e.message) && !e.message.includes('SecretKey') && !e.message.includes('\n'),
    );
  });

  it('issue 67 finding 6: starts nothing without an exporter (the storage used as it is, no OpenTelemetry module loaded), in a process of its own whatever this one loaded', () => {
    // Which modules are loaded is process-wide: another test may have loaded OpenTelemetry in this
    // process (here it is, on purpose), so the check runs where nothing else was (telemetryOffProbe.ts).
    require('@opentelemetry/api');
    assert.ok(
      Object.keys(require.cache).some((k) => /@opentelemetry[\\/]api[\\/]/.test(k)),
      'loaded here',
    );
    const out = execFileSync(process.execPath, [path.join(__dirname, 'telemetryOffProbe.js'), 'startup'], { encoding: 'utf8', timeout: 60_000 });
    assert.deepEqual(JSON.parse(out), { exporter: 'none', telemetryOn: false, storageUntouched: true, loaded: [] });
  });
});
