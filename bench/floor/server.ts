// The machine's floor for this protocol: a bot with no framework at all. node:http reads the
// POSTed activity and parses it, posts one small card to the activity's serviceUrl on a
// kept-alive connection (or puts it in the response when the activity asks for expectReplies),
// and answers 200. No token check, no state, no turn runner: whatever a real bot costs beyond
// this is its own work, so the benchmark's figures say how close the advisor is to the limit.
import * as http from 'http';
import { FIXED_CARD } from '../echoBot';

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

interface Incoming {
  id?: string;
  serviceUrl?: string;
  deliveryMode?: string;
  conversation?: { id?: string };
  from?: unknown;
  recipient?: unknown;
}

function reply(activity: Incoming): Record<string, unknown> {
  return {
    type: 'message',
    from: activity.recipient,
    recipient: activity.from,
    conversation: activity.conversation,
    replyToId: activity.id,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: FIXED_CARD }],
  };
}

function post(url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function answer(res: http.ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/healthz') return answer(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/api/messages') return answer(res, 404);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let activity: Incoming;
  try {
    activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Incoming;
  } catch {
    return answer(res, 400);
  }
  const out = reply(activity);
  if (activity.deliveryMode === 'expectReplies') return answer(res, 200, { activities: [out] });
  const conversation = encodeURIComponent(activity.conversation?.id ?? '');
  const target = new URL(`v3/conversations/${conversation}/activities/${encodeURIComponent(activity.id ?? '')}`, activity.serviceUrl ?? 'http://127.0.0.1:9/');
  const status = await post(target, JSON.stringify(out)).catch(() => 0);
  answer(res, status >= 200 && status < 300 ? 200 : 502);
}

export function startFloor(env: NodeJS.ProcessEnv): http.Server {
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => answer(res, 500));
  });
  server.keepAliveTimeout = 30_000;
  server.listen(Number(env.PORT ?? 3978), env.HOST ?? '127.0.0.1');
  return server;
}

if (require.main === module) {
  const server = startFloor(process.env);
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
