// The side panel's bounded cache, put in place of src/domain/boundedCache.ts by the page's bundle.
// The page keeps only the cards it rendered for its one user, by count, never by idle time, so a
// Map kept in order of use does there what lru-cache does for the bot, without the package's
// weight in the page's budget (docs/free-text.md). test/panel/pageCache.test.ts holds the two
// equal on every sequence of uses the page makes.

export class BoundedCache<K, V> {
  readonly maxEntries: number;
  /** Least recently used first: a Map iterates in the order its keys were (re)inserted. */
  private readonly entries = new Map<K, V>();

  constructor(options: { maxEntries?: number } = {}) {
    const { maxEntries = Infinity } = options;
    if (maxEntries !== Infinity && !(Number.isInteger(maxEntries) && maxEntries >= 1))
      throw new RangeError('A bounded cache needs room for at least one entry');
    this.maxEntries = maxEntries;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps the value as the most recently used, then forgets the least recently used beyond the count. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.entries.keys();
  }
}
