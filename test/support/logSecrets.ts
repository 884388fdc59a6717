// The suite-wide check that no log line carries a secret: every line the bot writes in a test
// (in this process through captureLogger, or on a child's stdout) is looked at for anything
// shaped like a credential (what the logger's own scrubber would still change) and for the
// secrets the test configured or sent. After the last test, a root hook fails the run if any was
// seen, naming the first.
import { scrubSecrets } from '../../src/domain/logSecrets';

const seen: string[] = [];
let checked = 0;

/** Settings whose values are secrets, and the part of a connection string that is. */
const SECRET_SETTINGS = ['MicrosoftAppPassword', 'DIRECT_LINE_SECRET', 'BLOB_CONNECTION_STRING', 'APPLICATIONINSIGHTS_CONNECTION_STRING'];

/** The secret values in an environment given to the bot (a connection string's key on its own too). */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  for (const name of SECRET_SETTINGS) {
    const value = env[name];
    if (!value) continue;
    out.push(value);
    const key = /(?:AccountKey|InstrumentationKey)=([^;]+)/i.exec(value)?.[1];
    if (key) out.push(key);
  }
  return out;
}

/** Records a log line that carries a secret (one of `secrets`, or anything shaped like one). Returns whether it was clean. */
export function checkLogLine(line: string, secrets: readonly string[] = []): boolean {
  checked += 1;
  const leaked = scrubSecrets(line) !== line || secrets.some((s) => s.length >= 6 && line.includes(s));
  if (leaked) seen.push(line.slice(0, 400));
  return !leaked;
}

/** Lines looked at so far, and those that carried a secret (for a test that checks the checker). */
export function logSecretFigures(): { checked: number; leaked: number } {
  return { checked, leaked: seen.length };
}

/** Forgets lines a test leaked on purpose (to prove the check sees them). */
export function forgetLeaks(count: number): void {
  seen.splice(seen.length - count, count);
}

// Root hook: runs once, after every test of the run.
after(() => {
  if (seen.length > 0) throw new Error(`${seen.length} log line(s) carried a secret; the first: ${seen[0]}`);
});
