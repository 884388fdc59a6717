// State reads and writes as child spans of the turn, and their latency as a metric. Wraps the
// storage the bot states use only when telemetry is on; otherwise the storage is used as it is.
import { Storage, StoreItems } from 'botbuilder';
import { StateConflictError } from '../errors/turnErrors';
import { ConditionalStorage, StoredItem, WriteCondition, WriteResult, conditional } from '../state/stateStorage';
import { recordStateLatency, telemetryOn, traced } from './instruments';

class TracedStorage implements ConditionalStorage {
  private readonly inner: ConditionalStorage;

  constructor(inner: Storage) {
    this.inner = conditional(inner);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.measure('read', keys.length, () => this.inner.read(keys));
  }

  readItem(key: string): Promise<StoredItem | undefined> {
    return this.measure('read', 1, () => this.inner.readItem(key));
  }

  write(changes: StoreItems): Promise<void>;
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges === 'string') return this.measure('write', 1, () => this.inner.write(keyOrChanges, json!, condition!));
    return this.measure('write', Object.keys(keyOrChanges ?? {}).length, () => this.inner.write(keyOrChanges));
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
        const result = await work();
        if (typeof result === 'object' && result !== null && 'conflict' in result) outcome = 'conflict';
        return result;
      } catch (error) {
        outcome = error instanceof StateConflictError ? 'conflict' : 'error';
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
