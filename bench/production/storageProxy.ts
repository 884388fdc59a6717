// A proxy between a bot and Azurite: it adds a delay each way (a round trip to Azure Storage is
// milliseconds, not the microseconds of a local emulator) and counts the requests by kind, so the
// benchmark reports what a turn costs in storage requests. It runs in the load generator.
import * as http from 'http';

/** Storage requests by kind: methods as sent, and the answers that mean "absent" or "lost a race". */
export interface StorageCounts {
  GET: number;
  PUT: number;
  HEAD: number;
  DELETE: number;
  /** Answers 404 (a read of a blob that does not exist). */
  notFound: number;
  /** Answers 412 (If-Match failed: another writer came first). */
  preconditionFailed: number;
  /** Answers 409 (If-None-Match: * found the blob: a create lost a race). */
  conflict: number;
}

export function zeroCounts(): StorageCounts {
  return { GET: 0, PUT: 0, HEAD: 0, DELETE: 0, notFound: 0, preconditionFailed: 0, conflict: 0 };
}

export function countsSince(now: StorageCounts, before: StorageCounts): StorageCounts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof StorageCounts)[]) out[k] = now[k] - before[k];
  return out;
}

export class StorageProxy {
  readonly counts: StorageCounts = zeroCounts();
  /** Requests to the container itself (creation, listing): not a turn's cost, counted apart. */
  containerRequests = 0;
  /** Requests received and not yet answered. */
  inFlight = 0;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
    private readonly target: number,
    public delayMs: number,
  ) {}

  static async start(targetPort: number, delayMs: number): Promise<StorageProxy> {
    const handler: { proxy?: StorageProxy } = {};
    const server = http.createServer((req, res) => handler.proxy!.handle(req, res));
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    handler.proxy = new StorageProxy(server, (server.address() as { port: number }).port, targetPort, delayMs);
    return handler.proxy;
  }

  snapshot(): StorageCounts {
    return { ...this.counts };
  }

  private later(work: () => void): void {
    if (this.delayMs > 0) setTimeout(work, this.delayMs);
    else work();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.inFlight += 1;
    res.on('close', () => {
      this.inFlight -= 1;
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // A container request names no blob: /account/container?restype=container
      const onContainer = /[?&]restype=container/.test(req.url ?? '');
      if (onContainer) this.containerRequests += 1;
      else {
        const method = req.method as keyof StorageCounts;
        if (method === 'GET' || method === 'PUT' || method === 'HEAD' || method === 'DELETE') this.counts[method] += 1;
      }
      this.later(() => {
        const upstream = http.request(
          { agent: this.agent, host: '127.0.0.1', port: this.target, method: req.method, path: req.url, headers: req.headers },
          (up) => {
            if (!onContainer) {
              if (up.statusCode === 404) this.counts.notFound += 1;
              if (up.statusCode === 412) this.counts.preconditionFailed += 1;
              if (up.statusCode === 409) this.counts.conflict += 1;
            }
            const body: Buffer[] = [];
            up.on('data', (chunk: Buffer) => body.push(chunk));
            up.on('end', () =>
              this.later(() => {
                res.writeHead(up.statusCode ?? 502, up.headers);
                res.end(Buffer.concat(body));
              }),
            );
          },
        );
        upstream.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        upstream.end(Buffer.concat(chunks));
      });
    });
  }

  /** Resolves once no request has been in flight for `quietMs` (a write a turn left behind has landed). */
  async settled(quietMs = 150): Promise<void> {
    let quietSince = Date.now();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (this.inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.agent.destroy();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
