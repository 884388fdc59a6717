// Which exporter the environment chooses, and that none leaves every instrument off.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { ConfigError, loadConfig } from '../../src/hosting/config';
import { createApp } from '../../src/hosting/app';
import { startTelemetry, telemetryExporter } from '../../src/hosting/telemetry/setup';
import { telemetryOn } from '../../src/hosting/telemetry/instruments';
import { traceStorage } from '../../src/hosting/telemetry/tracedStorage';

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

  it('starts nothing without an exporter: the storage is used as it is', async () => {
    const telemetry = startTelemetry({});
    assert.equal(telemetry.exporter, 'none');
    assert.equal(telemetryOn(), false);
    const storage = new MemoryStorage();
    assert.equal(traceStorage(storage), storage);
    createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    const sdkLoaded = Object.keys(require.cache).filter((k) => /@opentelemetry[\\/]|@azure[\\/]monitor-opentelemetry/.test(k));
    assert.deepEqual(sdkLoaded, [], 'no OpenTelemetry module is loaded, not even the API');
    await telemetry.shutdown();
  });
});
