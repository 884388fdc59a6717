// The four connector calls every turn makes (reply, send, update, delete; a Teams card click makes
// two), sent as the activity's JSON in one request over a kept-alive agent instead of through the
// SDK's connector client, whose core-client pipeline (a dozen policies, a tracing span, a model
// mapper walking the whole Activity) is a measurable share of a turn's CPU (bench/README.md). It
// keeps the SDK client's signing, wire format, retries (protocols/http/connectorCalls.ts) and errors
// (ConnectorSender). Why two connector paths, not one: the SDK's client stays for every other
// operation and behind a proxy (it honours HTTPS_PROXY; the direct sender's agents do not).
import * as http from 'http';
import * as https from 'https';
import { Activity, ResourceResponse } from 'botbuilder';
import { ConnectorClient, ServiceClientCredentials } from 'botframework-connector';
import { ACTIVITY_WIRE_PROPERTIES, CONNECTOR_USER_AGENT } from '../sdkInternals';
import { toJson } from '../../domain/keptJson';
import { jsonBytes } from '../../protocols/connector/jsonBytes';
import { ConnectorTarget, errorCodeOf, nextTry, resourceIdOf, RETRY_DELAY_MS, targetOf } from '../../protocols/http/connectorCalls';
import {
  ConnectorOperation,
  connectorHeaders,
  connectorRequest,
  proxyConfigured as proxyIn,
  wireActivity as wireOf,
} from '../../protocols/connector/connectorRequests';

export { MAX_RETRY_AFTER_MS } from '../../protocols/http/connectorCalls';

/** As the SDK's client introduces itself (the connector service counts bots by it), less the pipeline's own part. */
const USER_AGENT_HEADER = `botframework-connector/4.0.0 ${CONNECTOR_USER_AGENT} Node/${process.versions.node}`;

/** One kept-alive agent per protocol for every connector call of the process. */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** A connector call that failed: the HTTP status and the service's error code, as the SDK's RestError has them. */
export class ConnectorCallError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ConnectorCallError';
  }
}

export interface SenderOptions {
  /** The first retry's wait (it doubles, with jitter, for each further one). Tests shorten it. */
  retryDelayMs?: number;
}

interface Answer {
  status: number;
  body: string;
  retryAfter?: string;
}

/** The headers object a credentials object's signRequest writes into. */
class SignedHeaders {
  readonly values: Record<string, string> = {};

  set(name: string, value: string): void {
    this.values[name.toLowerCase()] = value;
  }

  get(name: string): string | undefined {
    return this.values[name.toLowerCase()];
  }

  contains(name: string): boolean {
    return name.toLowerCase() in this.values;
  }
}

/** Whether a proxy is configured (protocols/connector/connectorRequests.ts): then the SDK's client makes every call. */
export const proxyConfigured = (env: NodeJS.ProcessEnv = process.env): boolean => proxyIn(env);

const wireActivity = (activity: Partial<Activity>): Record<string, unknown> => wireOf(activity, ACTIVITY_WIRE_PROPERTIES);

/** The activity's JSON as the SDK's client sends it. */
export function wireJson(activity: Partial<Activity>): string {
  return toJson(wireActivity(activity));
}

/** The same as bytes, a cached card's from its kept bytes (protocols/connector/jsonBytes.ts). */
function wireBytes(activity: Partial<Activity>): Buffer {
  return jsonBytes(wireActivity(activity));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The connector calls of one service URL, as the SDK's client makes them: the same method, path
 * (ids URL-encoded), body and headers (content type, user agent, x-ms-conversation-id on a reply),
 * signed by the very credentials object the SDK's client holds (the credentials factory's, which
 * fetches and renews its own tokens) through its signRequest.
 */
export class ConnectorSender {
  private target?: ConnectorTarget | string;
  private readonly retryDelayMs: number;

  /** Never throws: a turn whose replies go back in the response never calls its connector. */
  constructor(
    private readonly serviceUrl: string,
    private readonly credentials: ServiceClientCredentials,
    options: SenderOptions = {},
  ) {
    this.retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  }

  async reply(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    return this.call({ op: 'reply', conversationId, activityId }, wireBytes(activity));
  }

  async send(conversationId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    return this.call({ op: 'send', conversationId }, wireBytes(activity));
  }

  async update(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    return this.call({ op: 'update', conversationId, activityId }, wireBytes(activity));
  }

  async delete(conversationId: string, activityId: string): Promise<void> {
    await this.call({ op: 'delete', conversationId, activityId });
  }

  /** Tries the call as protocols/http/connectorCalls.ts says: again after its wait, or gives up. */
  private async call(operation: ConnectorOperation, body?: Buffer): Promise<ResourceResponse> {
    const { method, path, conversationHeader } = connectorRequest(operation);
    this.target ??= targetOf(this.serviceUrl);
    const target = this.target;
    if (typeof target === 'string') throw new ConnectorCallError(`The connector cannot be called: ${target}`, undefined, 'EINVALIDURL');
    for (let retry = 0; ; retry += 1) {
      // Signed again for every attempt: the credentials hand out a renewed token when it is due.
      // The URL goes with it, as the SDK's client passes it: the credentials may check where the
      // token is going (channelHosts.ts) and refuse before any token is attached.
      const headers = new SignedHeaders();
      await this.credentials.signRequest({ headers, url: `${target.origin}${target.basePath}${path}`, method } as never);
      // Written straight into the signed headers: their names are lower-case already, as set() keeps them.
      connectorHeaders(USER_AGENT_HEADER, conversationHeader, body?.length, headers.values);
      let answer: Answer;
      try {
        answer = await this.request(target, method, path, headers.values, body);
      } catch (error) {
        const found = (error as { code?: unknown }).code;
        const code = typeof found === 'string' ? found : undefined;
        const next = nextTry(
          { network: code, reusedSocket: (error as { reusedSocket?: unknown }).reusedSocket === true },
          retry,
          this.retryDelayMs,
          Date.now(),
          Math.random(),
        );
        if (next.again) {
          if (next.waitMs > 0) await delay(next.waitMs);
          continue;
        }
        throw new ConnectorCallError(`The connector could not be reached (${code ?? 'network error'})`, undefined, code);
      }
      if (answer.status >= 200 && answer.status < 300) {
        const id = resourceIdOf(answer.body);
        return (id === undefined ? {} : { id }) as ResourceResponse;
      }
      const next = nextTry(
        { status: answer.status, ...(answer.retryAfter !== undefined ? { retryAfter: answer.retryAfter } : {}) },
        retry,
        this.retryDelayMs,
        Date.now(),
        Math.random(),
      );
      if (next.again) {
        await delay(next.waitMs);
        continue;
      }
      const code = errorCodeOf(answer.body);
      throw new ConnectorCallError(`The connector answered ${answer.status}${code ? ` (${code})` : ''}`, answer.status, code);
    }
  }

  private request(target: ConnectorTarget, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = (target.protocol === 'https:' ? https : http).request(
        { method, host: target.host, port: target.port, path: target.basePath + path, headers, agent: agents[target.protocol] },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const retryAfter = response.headers['retry-after'];
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
            });
          });
        },
      );
      request.on('error', (error: Error) => reject(Object.assign(error, { reusedSocket: request.reusedSocket })));
      request.end(body);
    });
  }
}

type Conversations = ConnectorClient['conversations'];

/**
 * The SDK's client with its four per-turn calls sent by a ConnectorSender signed by the client's
 * own credentials; every other operation stays the SDK's.
 */
export function withDirectSends(client: ConnectorClient, serviceUrl: string, options: SenderOptions = {}): ConnectorClient {
  const sender = new ConnectorSender(serviceUrl, client.credentials, options);
  const sdk = client.conversations;
  const direct = Object.create(sdk) as Conversations;
  Object.assign(direct, {
    replyToActivity: (conversationId: string, activityId: string, activity: Partial<Activity>) => sender.reply(conversationId, activityId, activity),
    sendToConversation: (conversationId: string, activity: Partial<Activity>) => sender.send(conversationId, activity),
    updateActivity: (conversationId: string, activityId: string, activity: Partial<Activity>) => sender.update(conversationId, activityId, activity),
    deleteActivity: (conversationId: string, activityId: string) => sender.delete(conversationId, activityId),
  });
  client.conversations = direct;
  return client;
}
