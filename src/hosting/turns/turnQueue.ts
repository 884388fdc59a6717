// Serialises the turns of one conversation inside this process: a keyed async lock. Turns of
// different conversations run in parallel; turns of the same conversation run one after the
// other, in arrival order. (Across processes the eTag check in optimisticState.ts does the job.)
// It also counts the turns in flight, so a graceful shutdown can wait for them.
import { TurnQueueFullError } from '../errors/turnErrors';

interface Lane {
  tail: Promise<void>;
  /** Turns of this key running or waiting. */
  depth: number;
}

export class TurnQueue {
  private readonly lanes = new Map<string, Lane>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  /** @param maxDepth turns one conversation may have running or waiting before new ones are refused */
  constructor(private readonly maxDepth = 200) {}

  /** Turns running or waiting, all conversations together. */
  get size(): number {
    return this.inFlight;
  }

  /** Runs `work` once the key's earlier turns are done. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (lane && lane.depth >= this.maxDepth) {
      throw new TurnQueueFullError(`More than ${this.maxDepth} turns are waiting for one conversation`);
    }
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = lane?.tail ?? Promise.resolve();
    if (!lane) {
      lane = { tail: mine, depth: 0 };
      this.lanes.set(key, lane);
    }
    lane.tail = mine;
    lane.depth += 1;
    this.inFlight += 1;
    const current = lane;
    const done = (): void => {
      current.depth -= 1;
      release();
      if (current.depth === 0 && this.lanes.get(key) === current) this.lanes.delete(key);
      this.inFlight -= 1;
      if (this.inFlight === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const wake of waiters) wake();
      }
    };
    try {
      await previous;
      return await work();
    } finally {
      done();
    }
  }

  /** Resolves when no turn is running or waiting. */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
