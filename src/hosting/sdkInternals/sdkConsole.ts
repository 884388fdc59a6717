// The SDK's token checks write a rejected token's error to console.error (with its stack, or the
// signing key): the host logs one JSON line of its own instead (http/advisorAdapter.ts), and the
// side panel's check of a Teams token (panel/entraToken.ts) stays as quiet.
import { AsyncLocalStorage } from 'async_hooks';

const quiet = new AsyncLocalStorage<true>();
let wrapper: ((...args: unknown[]) => void) | undefined;

/**
 * Runs the SDK's token check with its console.error calls dropped (only those made within this
 * check: everything else prints as usual). The SDK writes a rejected token's error there (with its
 * stack, or the signing key); the entry logs one JSON warning per refused request instead.
 * console.error is wrapped again whenever something else replaced it since (a library, a test's
 * capture), so the check stays quiet whatever happened to the console in between.
 */
export function withoutSdkConsole<T>(check: () => Promise<T>): Promise<T> {
  if (console.error !== wrapper) {
    const print = console.error.bind(console);
    wrapper = (...args: unknown[]): void => {
      if (quiet.getStore() !== true) print(...args);
    };
    console.error = wrapper;
  }
  return quiet.run(true, check);
}
