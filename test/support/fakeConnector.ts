// A stand-in for the Bot Connector service on 127.0.0.1: the bot POSTs its replies and PUTs its
// card updates here (the activity's serviceUrl). Records everything, assigns activity ids, and
// can be told to fail or to answer slowly.
import * as http from 'http';

export interface Delivered {
  method: string;
  conversationId: string;
  /** The activity id in the path: replied-to (POST) or updated (PUT). */
  activityId?: string;
  /** The id this connector gave the new activity (POST). */
  assignedId?: string;
  activity: Record<string, unknown>;
}

export class FakeConnector {
  readonly delivered: Delivered[] = [];
  /** HTTP status to answer POSTs with instead of 200 (e.g. 500), or undefined. */
  failWith?: number;
  /** Delay before answering, in ms. */
  delayMs = 0;
  private counter = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = http.createServer((req, res) => connector!.handle(req, res));
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    connector = new FakeConnector(server, `http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    return connector;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      const answer = (status: number, body: unknown): void => {
        const text = JSON.stringify(body);
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        }, this.delayMs);
      };
      if (!match) return answer(404, { error: { code: 'NotFound' } });
      if (this.failWith !== undefined && req.method === 'POST') return answer(this.failWith, { error: { code: 'ServiceError', message: 'failing on purpose' } });
      let activity: Record<string, unknown> = {};
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        activity = {};
      }
      const entry: Delivered = {
        method: req.method ?? '',
        conversationId: decodeURIComponent(match[1]!),
        ...(match[2] ? { activityId: decodeURIComponent(match[2]) } : {}),
        activity,
      };
      if (req.method === 'POST') entry.assignedId = `msg-${(this.counter += 1)}`;
      this.delivered.push(entry);
      answer(200, { id: entry.assignedId ?? entry.activityId ?? '' });
    });
  }

  /** Messages delivered to one conversation (POSTs). */
  messagesTo(conversationId: string): Delivered[] {
    return this.delivered.filter((d) => d.method === 'POST' && d.conversationId === conversationId);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
