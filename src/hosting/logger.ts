// Structured JSON logs. Message text and secrets are never logged at info level.
import pino, { Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'multichannel-advisor' },
    redact: { paths: ['*.password', '*.appPassword', '*.authorization', '*.headers.authorization', '*.secret'], censor: '[redacted]' },
  });
}
