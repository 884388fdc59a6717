// The project's bounded caches, kept by lru-cache: a map that forgets the least recently used entry
// once it holds more than its count, and never gives back an entry left unused for longer than its
// idle time. The connector clients, the in-memory state, the rendered cards and the Web Chat rate
// limit keep their entries in one. It sits in the domain, the lowest layer, so the conversation
// layer and the host may both import it; it knows nothing of either.
//
// Why a wrapper and not lru-cache itself at each use (what it adds to the package):
// - a count is kept as a size of one per entry, not as lru-cache's `max`, which allocates its
//   slots up front (the in-memory state may be given up to ten million entries) and refuses to
//   run with no bound at all, which the in-memory state's tests and tools use;
// - `evictions` and `onForget` tell only of what the cache forgot by itself (beyond the count, or
//   idle), not of a delete or a value replaced, as the in-memory state's byte count needs;
// - the idle time is measured by the clock it is given, read on every use (no timer-cached clock),
//   one ms ahead: lru-cache takes an entry written at time 0 as written at no time, never idle.
import { LRUCache } from 'lru-cache';

export interface BoundedCacheOptions<K, V> {
  /** Entries kept at most; beyond it the least recently used is forgotten. Default: no limit. */
  maxEntries?: number;
  /** An entry neither read nor written for longer than this (whole ms, 1 or more) is forgotten. Default: never. */
  idleMs?: number;
  /** The clock the idle time is measured by (ms); only read when there is an idle time. */
  now?: () => number;
  /** Told of each entry the cache forgets by itself (beyond the count, or idle); not of delete() or a value replaced. */
  onForget?: (key: K, value: V) => void;
}

/** Values lru-cache can keep (undefined would mean "delete"). */
type Storable = NonNullable<unknown> | null;

export class BoundedCache<K extends NonNullable<unknown>, V extends Storable> {
  readonly maxEntries: number;
  readonly idleMs: number;
  private readonly entries: LRUCache<K, NonNullable<V>>;
  private evicted = 0;

  constructor(options: BoundedCacheOptions<K, V> = {}) {
    const { maxEntries = Infinity, idleMs = Infinity, now, onForget } = options;
    if (maxEntries !== Infinity && !(Number.isInteger(maxEntries) && maxEntries >= 1))
      throw new RangeError('A bounded cache needs room for at least one entry');
    if (idleMs !== Infinity && !(Number.isInteger(idleMs) && idleMs >= 1)) throw new RangeError('A bounded cache needs an idle time of a whole 1 ms or more');
    this.maxEntries = maxEntries;
    this.idleMs = idleMs;
    const idle = idleMs !== Infinity;
    this.entries = new LRUCache<K, NonNullable<V>>({
      maxSize: maxEntries === Infinity ? Number.MAX_SAFE_INTEGER : maxEntries,
      sizeCalculation: () => 1,
      ...(idle ? { ttl: idleMs, updateAgeOnGet: true, ttlResolution: 0, ...(now ? { perf: { now: () => now() + 1 } } : {}) } : {}),
      dispose: (value, key, reason) => {
        if (reason !== 'evict' && reason !== 'expire') return;
        this.evicted += 1;
        onForget?.(key, value as V);
      },
    });
  }

  /** Entries kept, an idle one included until it is next touched or pushed out. */
  get size(): number {
    return this.entries.size;
  }

  /** Entries forgotten by the cache itself (beyond the count or idle), not by delete(). */
  get evictions(): number {
    return this.evicted;
  }

  /** The value, now the most recently used; undefined when absent or idle too long (then forgotten). */
  get(key: K): V | undefined {
    return this.entries.get(key) as V | undefined;
  }

  /**
   * The value, leaving its place and its last use as they are; undefined when absent or idle (an
   * idle one is forgotten). `idleToo` gives an idle entry's value instead, forgetting nothing.
   */
  peek(key: K, options: { idleToo?: boolean } = {}): V | undefined {
    const value = this.entries.peek(key, { allowStale: true }) as V | undefined;
    if (value === undefined || options.idleToo === true || this.idleMs === Infinity) return value;
    if (this.entries.peek(key) !== undefined) return value;
    this.entries.get(key); // lru-cache forgets an idle entry it is asked for (told as 'expire')
    return undefined;
  }

  /** Keeps the value as the most recently used, then forgets what no longer fits. */
  set(key: K, value: V): void {
    this.entries.set(key, value as NonNullable<V>);
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  /** Forgets every idle entry now (each told to onForget); a scan of all entries, for a caller about to push some out. */
  forgetIdle(): void {
    this.entries.purgeStale();
  }

  /** The keys of the entries not idle, least recently used first. */
  keys(): IterableIterator<K> {
    return this.entries.rkeys();
  }

  /** Every key held, idle ones included until forgotten, least recently used first (a copy: for a caller that looks at them). */
  heldKeys(): K[] {
    return this.entries.dump().map(([key]) => key);
  }
}
