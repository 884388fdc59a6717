// What keeps secrets out of the log, inside the logger so that every line gets it, whoever logs it
// (our code, the web framework through its child logger, a library): which fields and shapes are
// secret, and what of a request or response may be logged, are pure (src/domain/logSecrets.ts);
// here they become pino's redact paths, serializers and write hook.
import type { LoggerOptions } from 'pino';
import { REDACT_PATHS, REDACTED, requestSummary, responseSummary, scrubSecrets } from '../../domain/logSecrets';

/** The logger options every logger of the app shares (and the tests' capture uses). */
export function secretSafeOptions(): Pick<LoggerOptions, 'redact' | 'serializers' | 'hooks'> {
  return {
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { req: requestSummary, res: responseSummary },
    hooks: { streamWrite: scrubSecrets },
  };
}
