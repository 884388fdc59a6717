// Small HTTP helpers for tests that talk to a real server on 127.0.0.1.
import * as net from 'net';
import { InProcess, startInProcess } from './inProcess';

export type Running = InProcess;

/** The app in this process on a free port, logging nothing (inProcess.ts keeps the log lines). */
export function startApp(env: Record<string, string> = {}): Promise<Running> {
  return startInProcess(env, { logLevel: 'silent' });
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

let counter = 0;
/** A message activity that asks for its replies in the HTTP response (no connector needed). */
export function expectRepliesActivity(conversationId: string, fields: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return {
    type: 'message',
    id: `activity-${counter}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: 'user-http' },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    locale: 'en-US',
    ...fields,
  };
}

/** A TCP port free on 127.0.0.1 right now (for a process the test starts itself). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
