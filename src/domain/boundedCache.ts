// The project's one bounded cache: a map that forgets the least recently used entry once it holds
// more than its count, and any entry left unused for longer than its idle time. The connector
// clients, the in-memory state, the reply cards and the Web Chat rate limit all keep their
// entries in one. It sits in the domain, the lowest layer, so the conversation layer and the
// host may both import it; it knows nothing of either.

export interface BoundedCacheOptions<K, V> {
  /** Entries kept at most; beyond it the least recently used is forgotten. Default: no limit. */
  maxEntries?: number;
  /** An entry neither read nor written for longer than this (ms) is forgotten. Default: never. */
  idleMs?: number;
  /** The clock the idle time is measured by (ms); only read when there is an idle time. */
  now?: () => number;
  /** The map the entries are kept in (least recently used first), for a caller that looks at them. */
  store?: Map<K, V>;
  /** Told of each entry the cache forgets by itself (beyond the count, or idle); not of delete(). */
  onForget?: (key: K, value: V) => void;
}

export class BoundedCache<K, V> {
  readonly maxEntries: number;
  readonly idleMs: number;
  private readonly entries: Map<K, V>;
  private readonly now: () => number;
  private readonly onForget: ((key: K, value: V) => void) | undefined;
  /** When each entry was last read or written; kept only when there is an idle time. */
  private readonly used: Map<K, number> | undefined;
  private evicted = 0;
  /** The most recently used key (or undefined): read again, it is already where a read moves it. */
  private newest: K | undefined;

  constructor(options: BoundedCacheOptions<K, V> = {}) {
    const { maxEntries = Infinity, idleMs = Infinity, now = Date.now, store = new Map<K, V>(), onForget } = options;
    if (maxEntries !== Infinity && !(Number.isInteger(maxEntries) && maxEntries >= 1))
      throw new RangeError('A bounded cache needs room for at least one entry');
    if (!(idleMs >= 0)) throw new RangeError('A bounded cache needs an idle time of zero or more');
    this.maxEntries = maxEntries;
    this.idleMs = idleMs;
    this.entries = store;
    this.now = now;
    this.onForget = onForget;
    if (idleMs !== Infinity) {
      const start = now();
      this.used = new Map();
      for (const key of store.keys()) this.used.set(key, start);
    }
    this.prune(this.used ? now() : 0);
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
    const value = this.entries.get(key);
    if (value === undefined && !this.entries.has(key)) return undefined;
    const now = this.used ? this.now() : 0;
    if (this.idle(key, now)) {
      this.forget(key);
      return undefined;
    }
    // Moved to the end (most recently used) unless it is there already: most caches here are read
    // again and again under one key (the connector client of a service URL).
    if (key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, value as V);
      this.newest = key;
    }
    this.used?.set(key, now);
    return value;
  }

  /** The value, leaving its place and its last use as they are; an idle one is forgotten. */
  peek(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    if (this.used && this.idle(key, this.now())) {
      this.forget(key);
      return undefined;
    }
    return this.entries.get(key);
  }

  /** Keeps the value as the most recently used, then forgets what no longer fits. */
  set(key: K, value: V): void {
    const now = this.used ? this.now() : 0;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.newest = key;
    this.used?.set(key, now);
    this.prune(now);
  }

  delete(key: K): boolean {
    if (key === this.newest) this.newest = undefined;
    this.used?.delete(key);
    return this.entries.delete(key);
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.entries.keys();
  }

  private idle(key: K, now: number): boolean {
    const used = this.used?.get(key);
    return used !== undefined && now - used > this.idleMs;
  }

  private forget(key: K): void {
    const value = this.entries.get(key);
    this.delete(key);
    this.evicted += 1;
    this.onForget?.(key, value as V);
  }

  /** Forgets from the front (least recently used) while there are too many or the front is idle. */
  private prune(now: number): void {
    if (!this.used && this.entries.size <= this.maxEntries) return;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && !this.idle(key, now)) break;
      this.forget(key);
    }
  }
}
