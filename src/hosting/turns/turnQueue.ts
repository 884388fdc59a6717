// Serialises the turns of one conversation inside this process: a keyed async lock. Turns of
// different conversations run in parallel; turns of the same conversation run one after the
// other, in arrival order. (Across processes the eTag check in optimisticState.ts does the job.)
// It also counts the turns in flight, so a graceful shutdown can wait for them.
import { TurnQueueFullError } from '../errors/turnErrors';

interface Lane {
  /** Turns of this key running or waiting. */
  depth: number;
  /** The waiting turns' wake-ups, in arrival order; the running turn wakes the first when done. */
  waiting: (() => void)[];
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

  /**
   * Runs `work` once the key's earlier turns are done. A turn with none before it starts at once,
   * with no promise made to wait on (most turns: a conversation rarely has two at a time).
   */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (lane && lane.depth >= this.maxDepth) {
      throw new TurnQueueFullError(`More than ${this.maxDepth} turns are waiting for one conversation`);
    }
    this.inFlight += 1;
    if (!lane) {
      lane = { depth: 1, waiting: [] };
      this.lanes.set(key, lane);
    } else {
      lane.depth += 1;
      const queued = lane;
      await new Promise<void>((wake) => queued.waiting.push(wake));
    }
    try {
      return await work();
    } finally {
      this.done(key, lane);
    }
  }

  private done(key: string, lane: Lane): void {
    lane.depth -= 1;
    const next = lane.waiting.shift();
    if (next) next();
    else if (lane.depth === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    this.inFlight -= 1;
    if (this.inFlight === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  /** Resolves when no turn is running or waiting. */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
