// A stand-in for the Bot Connector service on 127.0.0.1: the bot POSTs its replies and PUTs its
// card updates to the activity's serviceUrl, as in Teams and Direct Line. It assigns activity ids
// and keeps each conversation's replies until they are taken (the benchmark). With `log` it also
// records every call, and it can be told to fail or to answer slowly (the tests). Without them it
// stays minimal: in the benchmark it runs in the load generator, which shares the machine with
// the bot being measured.
import * as http from 'http';

export interface Delivered {
  method: string;
  conversationId: string;
  /** The activity id in the path: replied-to (POST) or updated (PUT). */
  activityId?: string;
  /** The id this connector gave the new activity (POST). */
  assignedId?: string;
  activity: Record<string, unknown>;
  /** The Authorization header the call came with, if any. */
  authorization?: string;
}

export class StandInConnector {
  /** Every call, in order (only when started with `log`). */
  readonly delivered: Delivered[] = [];
  /**
   * When each call came in and when it was answered, in order: `in PUT <conversation>`,
   * `out PUT <conversation>` … (only when started with `log`). Shows which calls overlapped.
   */
  readonly events: string[] = [];
  /** Messages posted and updated so far (always counted). */
  readonly calls = { messages: 0, updates: 0 };
  /** TCP connections the bot opened to this connector so far (kept-alive connections are reused). */
  connections = 0;
  /** HTTP status to answer POSTs with instead of 200 (e.g. 500), or undefined. */
  failWith?: number;
  /** Delay before answering, in ms. */
  delayMs = 0;
  /** Told of each message as it arrives (the follow-ups' benchmark times them). */
  onPost?: (conversationId: string, activity: Record<string, unknown>) => void;
  private readonly inbox = new Map<string, Record<string, unknown>[]>();
  private counter = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly log: boolean,
  ) {}

  static async start(options: { log?: boolean } = {}): Promise<StandInConnector> {
    const server = http.createServer((req, res) => connector!.handle(req, res));
    // Keep the bot's connections open as the real service does. Node's HTTP agent drops a socket
    // whose server announced a keep-alive of a second or less, so a short timeout here would make
    // the bot open a new connection for every reply, which it does not do against the real service.
    server.keepAliveTimeout = 30_000;
    server.on('connection', () => {
      connector!.connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const connector = new StandInConnector(server, `http://127.0.0.1:${(server.address() as { port: number }).port}/`, options.log ?? false);
    return connector;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      const what = this.log ? `${req.method ?? ''} ${match ? decodeURIComponent(match[1]!) : ''}` : '';
      if (this.log) this.events.push(`in ${what}`);
      const answer = (status: number, body: unknown): void => {
        const text = JSON.stringify(body);
        const send = (): void => {
          if (this.log) this.events.push(`out ${what}`);
          res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        };
        if (this.delayMs > 0) setTimeout(send, this.delayMs);
        else send();
      };
      if (!match) return answer(404, { error: { code: 'NotFound' } });
      if (this.failWith !== undefined && req.method === 'POST')
        return answer(this.failWith, { error: { code: 'ServiceError', message: 'failing on purpose' } });
      let activity: Record<string, unknown>;
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
        ...(this.log && req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      };
      if (req.method === 'PUT') this.calls.updates += 1;
      if (req.method === 'POST') {
        this.calls.messages += 1;
        entry.assignedId = `msg-${(this.counter += 1)}`;
        // As the client sees it: with the id the channel gave it (a card click refers to it).
        activity.id = entry.assignedId;
        let list = this.inbox.get(entry.conversationId);
        if (!list) this.inbox.set(entry.conversationId, (list = []));
        list.push(activity);
        this.onPost?.(entry.conversationId, activity);
      }
      if (this.log) this.delivered.push(entry);
      answer(200, { id: entry.assignedId ?? entry.activityId ?? '' });
    });
  }

  /** The replies a conversation received since the last call (the bot answers its POST after delivering them). */
  take(conversationId: string): Record<string, unknown>[] {
    const list = this.inbox.get(conversationId) ?? [];
    this.inbox.delete(conversationId);
    return list;
  }

  /** Messages delivered to one conversation (POSTs; needs `log`). */
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
