// A TCP proxy that injects storage faults between the bot and Azurite. In "pass" mode bytes flow
// both ways; the other modes act on every connection, open or new, as the next request bytes
// arrive:
//   reset  the connection is torn down with a TCP RST (ECONNRESET at the client);
//   stall  the request is swallowed and nothing answers (the client's timeout must fire);
//   500 / 503  an HTTP error answers in place of the storage (then the connection closes).
import * as net from 'net';

export type FaultMode = 'pass' | 'reset' | 'stall' | 500 | 503;

export interface FaultProxy {
  port: number;
  mode: FaultMode;
  /** Connections or requests a fault was applied to, by mode. */
  readonly injected: Record<Exclude<FaultMode, 'pass'>, number>;
  /** Stalled connections the client gave up on and closed (only the client can: nothing answers them). */
  readonly abandoned: { stall: number };
  close(): Promise<void>;
}

const REASONS: Record<number, string> = { 500: 'Internal Server Error', 503: 'Service Unavailable' };

export async function faultProxy(targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<net.Socket>();
  const injected = { reset: 0, stall: 0, 500: 0, 503: 0 };
  const abandoned = { stall: 0 };
  let closing = false;
  const proxy: FaultProxy = { port: 0, mode: 'pass', injected, abandoned, close: async () => undefined };

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const forget = (): void => {
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', () => {
      if (stalled && !closing) abandoned.stall += 1;
      forget();
    });
    upstream.on('close', forget);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.on('data', (chunk: Buffer) => {
      // An answer that arrives during a fault is lost on the way back.
      if (proxy.mode === 'pass' && !stalled) client.write(chunk);
    });
    upstream.on('end', () => client.end());
    // A stalled connection stays dead, as a real one does (part of a request is gone).
    let stalled = false;
    client.on('data', (chunk: Buffer) => {
      const mode = stalled ? 'stall' : proxy.mode;
      if (mode === 'pass') {
        upstream.write(chunk);
      } else if (mode === 'reset') {
        injected.reset += 1;
        upstream.destroy();
        client.resetAndDestroy();
      } else if (mode === 'stall') {
        if (!stalled) injected.stall += 1;
        stalled = true;
      } else {
        injected[mode] += 1;
        upstream.destroy();
        const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>InjectedFault</Code><Message>fault injected</Message></Error>`;
        client.end(
          `HTTP/1.1 ${mode} ${REASONS[mode]}\r\nContent-Type: application/xml\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  proxy.close = () =>
    new Promise((resolve) => {
      closing = true;
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
