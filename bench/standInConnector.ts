// The benchmark's stand-in for the Bot Connector service: the bot POSTs its replies (and PUTs
// card updates) to the activity's serviceUrl, as it does in Teams and Direct Line. It keeps each
// conversation's replies until the load generator takes them, and assigns ids. Kept minimal: it
// runs in the load generator's process, which shares the machine with the bot being measured.
import * as http from 'http';

export class StandInConnector {
  private readonly inbox = new Map<string, Record<string, unknown>[]>();
  private assigned = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<StandInConnector> {
    let connector: StandInConnector | undefined;
    const server = http.createServer((req, res) => connector!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    connector = new StandInConnector(server, `http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    return connector;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let status = 404;
      let body: unknown = { error: { code: 'NotFound' } };
      if (match && (req.method === 'POST' || req.method === 'PUT')) {
        const conversationId = decodeURIComponent(match[1]!);
        try {
          const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          if (req.method === 'POST') {
            let list = this.inbox.get(conversationId);
            if (!list) this.inbox.set(conversationId, (list = []));
            list.push(activity);
          }
          status = 200;
          body = { id: `reply-${(this.assigned += 1)}` };
        } catch {
          status = 400;
          body = { error: { code: 'BadArgument' } };
        }
      }
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  }

  /** The replies a conversation received since the last call (the bot answers its POST after delivering them). */
  take(conversationId: string): Record<string, unknown>[] {
    const list = this.inbox.get(conversationId) ?? [];
    this.inbox.delete(conversationId);
    return list;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
