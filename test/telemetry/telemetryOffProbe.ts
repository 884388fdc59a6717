// Run as its own process by actions/audit.test.ts and telemetry/setup.test.ts: whether an
// OpenTelemetry module is loaded is process-wide state, so it is looked at in a process that loaded
// nothing else, whatever the test process has loaded. Prints what it found as JSON.
//   audit:   an action audited with telemetry off
//   startup: telemetry started without an exporter, a storage traced, the app created
import { MemoryStorage } from 'botbuilder';
import pino from 'pino';

/** The OpenTelemetry (and Azure Monitor OpenTelemetry) modules this process has loaded. */
function otelModules(): string[] {
  return Object.keys(require.cache).filter((k) => /@opentelemetry[\\/]|@azure[\\/]monitor-opentelemetry/.test(k));
}

async function main(scenario: string | undefined): Promise<Record<string, unknown>> {
  if (scenario === 'audit') {
    const { auditAction } = require('../../src/hosting/microsoftApis/audit') as typeof import('../../src/hosting/microsoftApis/audit');
    auditAction(pino({ level: 'silent' }), { who: 'u-1', customerTenantId: 't-1', action: 'startTransfer', outcome: 'succeeded', resultId: 'r-1' });
    return { loaded: otelModules() };
  }
  if (scenario === 'startup') {
    const { startTelemetry } = require('../../src/hosting/telemetry/setup') as typeof import('../../src/hosting/telemetry/setup');
    const { telemetryOn } = require('../../src/hosting/telemetry/instruments') as typeof import('../../src/hosting/telemetry/instruments');
    const { traceStorage } = require('../../src/hosting/telemetry/tracedStorage') as typeof import('../../src/hosting/telemetry/tracedStorage');
    const { createApp } = require('../../src/hosting/app') as typeof import('../../src/hosting/app');
    const { loadConfig } = require('../../src/config') as typeof import('../../src/config');
    const telemetry = startTelemetry({});
    const storage = new MemoryStorage();
    const storageUntouched = traceStorage(storage) === storage;
    createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    const result = { exporter: telemetry.exporter, telemetryOn: telemetryOn(), storageUntouched, loaded: otelModules() };
    await telemetry.shutdown();
    return result;
  }
  throw new Error(`unknown scenario: ${scenario}`);
}

main(process.argv[2]).then(
  (result) => process.stdout.write(JSON.stringify(result), () => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
