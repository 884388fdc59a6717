// An AppConfig for tests: what loadConfig makes of a quiet environment on any free port (every
// field filled, as at start-up), with the fields a test sets itself. AppConfig has no optional
// fields, so a test states what it changes and never builds a configuration by hand.
import { AppConfig, loadConfig } from '../../src/config';

export function testConfig(overrides: Partial<AppConfig> = {}, env: Record<string, string> = {}): AppConfig {
  return { ...loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }), ...overrides };
}
