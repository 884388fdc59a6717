// Where the JSON log lines go: stdout, without ever letting stdout stop the bot. pino's default
// destination buffers unwritten lines without bound and, at exit, flushes them synchronously until
// it succeeds, which never ends when stdout's reader is gone (EPIPE) or never reads (a full pipe),
// so SIGTERM could not stop the process. Here lines go through the stream's own asynchronous
// writes, a backlog over `maxBufferedBytes` drops new lines (counted and reported), and nothing is
// written synchronously at exit: flush() waits only as long as the caller allows.

/** What the destination needs of stdout (process.stdout, or a stream in tests). */
export interface LogTarget {
  write(chunk: string, callback?: () => void): boolean;
  readonly writableLength: number;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export const DEFAULT_LOG_BUFFER_BYTES = 1024 * 1024;

export class BoundedLogDestination {
  /** Lines dropped since start (destination full or broken). */
  dropped = 0;
  /** Told, once the backlog is down to half the bound, how many lines were dropped since it was last told. */
  onDropped?: (dropped: number, total: number) => void;
  private unreported = 0;
  private broken = false;

  constructor(
    private readonly target: LogTarget,
    public maxBufferedBytes = DEFAULT_LOG_BUFFER_BYTES,
  ) {
    // EPIPE and the like: the reader is gone for good; stop writing (and never throw about it).
    target.on('error', () => {
      this.broken = true;
    });
  }

  /** Whether the destination failed for good (every line is dropped from then on). */
  get isBroken(): boolean {
    return this.broken;
  }

  /** Lines written but not yet taken by the destination, in bytes. */
  get backlogBytes(): number {
    return this.target.writableLength;
  }

  /**
   * Writes the line, or drops it (counted) when the destination is broken or more than
   * maxBufferedBytes wait (counted in characters: close enough for JSON lines).
   */
  write(line: string): boolean {
    if (this.broken || this.target.writableLength + line.length > this.maxBufferedBytes) {
      this.dropped += 1;
      this.unreported += 1;
      return true;
    }
    // With a backlog, each line tells when it is through: once the backlog is down to half, the
    // drops are reported. Without one (the usual case) no callback is needed.
    if (this.target.writableLength > 0) this.target.write(line, this.written);
    else this.target.write(line);
    this.written();
    return true;
  }

  private readonly written = (): void => {
    if (this.unreported > 0 && this.target.writableLength <= this.maxBufferedBytes / 2) this.report();
  };

  /** Resolves when the backlog is written, the destination broke, or `timeoutMs` passed. */
  flush(timeoutMs: number): Promise<void> {
    const done = (): boolean => this.broken || this.target.writableLength === 0;
    if (done() || timeoutMs <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const started = Date.now();
      const timer = setInterval(() => {
        if (done() || Date.now() - started >= timeoutMs) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
  }

  private report(): void {
    if (this.unreported === 0 || this.broken) return;
    const count = this.unreported;
    this.unreported = 0;
    this.onDropped?.(count, this.dropped);
  }
}

let stdout: BoundedLogDestination | undefined;

/** The process's one stdout destination (one set of listeners on process.stdout, one drop count). */
export function stdoutDestination(maxBufferedBytes?: number): BoundedLogDestination {
  stdout ??= new BoundedLogDestination(process.stdout);
  if (maxBufferedBytes !== undefined) stdout.maxBufferedBytes = maxBufferedBytes;
  return stdout;
}
