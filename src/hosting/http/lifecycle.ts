// Start-up check, readiness and graceful shutdown. /healthz (server.ts) says the process serves
// HTTP; /readyz says the state store answers a cheap read of a sentinel key within 2 s and the
// process is not shutting down, and is 503 otherwise, so a load balancer sends the conversation to
// an instance that can save its answers. Shutdown lets the turns already running finish (replies
// delivered, state saved) before the caller exits, within a timeout. What readiness is, what
// /readyz answers, which probes are logged and the start-up failure's line are pure
// (src/protocols/http/readiness.ts); here the probe, the server and the shutdown.
import type { Server as HttpServer } from 'http';
import * as restify from 'restify';
import { Storage } from 'botbuilder';
import { Logger } from '../logging/logger';
import { TurnQueue } from '../turns/turnQueue';
import { RemoteStateStorage, isRemoteStateStorage } from '../state/stateStorage';
import { errorSummary } from '../errors/turnErrors';
import { isCredentialFailure } from '../state/identity';
import { ReadinessResult, readinessOf, readyzAnswer, startupFailureLine, storageChange } from '../../protocols/http/readiness';

/**
 * Stops listening and resolves once every connection has ended. Node's close() ends only the
 * connections idle at that moment; one still reading a request (a refused body being read to its
 * end and thrown away, jsonBody.ts) falls idle later and would stay open for the whole keep-alive
 * timeout, so idle connections are closed as they appear.
 */
export function closeServer(server: restify.Server): Promise<void> {
  const http = server.server as HttpServer;
  const sweeper = setInterval(() => http.closeIdleConnections(), 10);
  sweeper.unref();
  return new Promise<void>((resolve) => {
    if (!http.listening) {
      clearInterval(sweeper);
      resolve();
      return;
    }
    server.close(() => {
      clearInterval(sweeper);
      resolve();
    });
  });
}

/** The key readiness reads; it never exists, which is fine: only the round trip matters. */
export const READINESS_KEY = 'advisor/readiness-sentinel';

export class StartupError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The start-up failure's line, from what can be said of the error without its message. */
function startupFailure(storage: RemoteStateStorage, error: unknown): string {
  const { name, code, statusCode } = errorSummary(error);
  return startupFailureLine(storage, { credential: isCredentialFailure(error), name, ...(code ? { code } : {}), ...(statusCode ? { statusCode } : {}) });
}

export class Lifecycle {
  private draining = false;
  private probe?: Promise<boolean>;
  private lastStorageOk = true;
  /** Facts /readyz reports with its answer that don't change readiness (e.g. content due for review). */
  details?: Record<string, unknown>;

  constructor(
    private readonly server: restify.Server,
    private readonly storage: Storage,
    private readonly queue: TurnQueue,
    private readonly logger: Logger,
    private readonly probeTimeoutMs = 2_000,
  ) {}

  get isDraining(): boolean {
    return this.draining;
  }

  /** Turns running or waiting in this process. */
  get turnsInFlight(): number {
    return this.queue.size;
  }

  /**
   * Before listening: makes sure the state store is reachable and its container exists. Throws a
   * StartupError with one clear, secret-free line when it is not.
   */
  async startup(timeoutMs = 20_000): Promise<void> {
    if (!isRemoteStateStorage(this.storage)) return;
    try {
      await this.storage.ensureContainer(AbortSignal.timeout(timeoutMs));
    } catch (error) {
      throw new StartupError(startupFailure(this.storage, error));
    }
  }

  /** Whether the process should get traffic now. Concurrent probes share one storage round trip. */
  async readiness(): Promise<ReadinessResult> {
    if (this.draining) return readinessOf(true, undefined);
    this.probe ??= this.probeStorage().finally(() => {
      this.probe = undefined;
    });
    return readinessOf(this.draining, await this.probe);
  }

  private async probeStorage(): Promise<boolean> {
    let ok = true;
    let failure: unknown;
    try {
      if (isRemoteStateStorage(this.storage)) {
        await this.storage.ping(AbortSignal.timeout(this.probeTimeoutMs));
      } else {
        await withTimeout(this.storage.read([READINESS_KEY]), this.probeTimeoutMs, 'storage read');
      }
    } catch (error) {
      ok = false;
      failure = error;
    }
    const change = storageChange(this.lastStorageOk, ok);
    if (change === 'back') this.logger.info('state storage reachable again');
    if (change === 'lost') this.logger.warn({ err: errorSummary(failure) }, 'state storage unreachable: not ready');
    this.lastStorageOk = ok;
    return ok;
  }

  registerRoutes(): void {
    this.server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
      const answer = readyzAnswer(await this.readiness(), this.details);
      res.send(answer.status, answer.body);
    });
  }

  /**
   * Stops taking traffic and waits for the turns in flight: readiness turns 503, the listener
   * stops accepting connections, idle keep-alive connections are closed, and the turns already
   * running finish. Resolves true when everything finished, false when the timeout cut it short
   * (remaining connections are then closed).
   */
  async shutdown(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    const http = this.server.server as HttpServer;
    // Keep-alive connections that fall idle after their last response are closed as they do.
    const closed = closeServer(this.server);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all([closed, this.queue.whenIdle()]).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (!finished) http.closeAllConnections();
    return finished;
  }
}
