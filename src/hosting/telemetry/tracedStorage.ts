// State reads and writes as child spans of the turn, and their latency as a metric. Wraps the
// storage the bot states use only when telemetry is on; otherwise the storage is used as it is.
import { Storage, StoreItems } from 'botbuilder';
import { isETagConflict } from '../errors/turnErrors';
import { recordStateLatency, telemetryOn, traced } from './instruments';

class TracedStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.measure('read', keys.length, () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.measure('write', Object.keys(changes ?? {}).length, () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.measure('delete', keys.length, () => this.inner.delete(keys));
  }

  private measure<T>(operation: string, items: number, work: () => Promise<T>): Promise<T> {
    // Item counts only: keys name conversations and users.
    return traced(`state.${operation}`, { 'advisor.state.operation': operation, 'advisor.state.items': items }, async () => {
      const started = process.hrtime.bigint();
      let outcome = 'ok';
      try {
        return await work();
      } catch (error) {
        outcome = isETagConflict(error) ? 'conflict' : 'error';
        throw error;
      } finally {
        recordStateLatency(operation, outcome, Number(process.hrtime.bigint() - started) / 1e9);
      }
    });
  }
}

export function traceStorage(storage: Storage): Storage {
  return telemetryOn() ? new TracedStorage(storage) : storage;
}
