// Registers the bot's callback for Partner Center's webhook events, shows the registration, and
// asks Partner Center for a test event (learn.microsoft.com/partner-center/developer/partner-center-webhooks).
//
//   npm run webhooks -- register https://<app>.azurewebsites.net/api/partnercenter/events
//   npm run webhooks -- show
//   npm run webhooks -- test
//
// Options: --sign-in cli (default: the admin's Azure CLI sign-in, `az login --tenant <partner tenant>`),
// device (a device code to type at microsoft.com/devicelogin), app (the bot's follow-up app through
// its managed identity: run on the App Service); --tenant <id> (default PARTNER_TENANT_ID);
// --base-url <url> (the demonstration's Partner Center stand-in; its sign-in is `standin`).
// No secret is read or kept: the token is asked for, used and dropped.
import { randomUUID } from 'crypto';
import { REGISTERED_EVENTS } from '../src/domain/partnerCenterEvents';
import { AppTokens, CredentialTokens, followUpAppTokens } from '../src/hosting/partnerCenter/appTokens';
import { PARTNER_CENTER_BASE_URL } from '../src/hosting/partnerCenter/partnerCenterClient';
import { followUpSettings } from '../src/hosting/config/followUps';
import { isLoopbackHost } from '../src/hosting/config/env';

export const REGISTRATION_PATH = '/webhooks/v1/registration';

export interface WebhookCommand {
  command: 'register' | 'show' | 'test';
  callbackUrl?: string;
  signIn: 'cli' | 'device' | 'app' | 'standin';
  tenant?: string;
  baseUrl: string;
}

/** The command line read, or a sentence saying what is wrong. */
export function parseWebhookArgs(args: readonly string[], env: NodeJS.ProcessEnv = {}): WebhookCommand | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (i + 1 < args.length) options[arg.slice(2)] = args[(i += 1)]!;
    else return `${arg} needs a value.`;
  }
  const [command, callbackUrl, ...rest] = positional;
  if (command !== 'register' && command !== 'show' && command !== 'test') return 'Say register <callback URL>, show or test.';
  if (rest.length > 0 || (command !== 'register' && callbackUrl !== undefined)) return 'Too many arguments.';
  const unknown = Object.keys(options).find((o) => !['sign-in', 'tenant', 'base-url'].includes(o));
  if (unknown) return `Unknown option --${unknown}.`;
  const baseUrl = options['base-url'] ?? PARTNER_CENTER_BASE_URL;
  if (!URL.canParse(baseUrl)) return '--base-url must be a URL.';
  const base = new URL(baseUrl);
  const standin = base.protocol === 'http:' && isLoopbackHost(base.hostname);
  if (base.protocol !== 'https:' && !standin) return '--base-url must be https (or http on this machine, for the stand-in).';
  const signIn = options['sign-in'] ?? (standin ? 'standin' : 'cli');
  if (signIn !== 'cli' && signIn !== 'device' && signIn !== 'app' && signIn !== 'standin') return '--sign-in must be cli, device or app.';
  if (signIn === 'standin' && !standin) return 'The standin sign-in is for the stand-in on this machine only.';
  if (command === 'register') {
    const problem = callbackProblem(callbackUrl, standin);
    if (problem) return problem;
  }
  const tenant = options.tenant ?? env.PARTNER_TENANT_ID;
  return { command, signIn, baseUrl: baseUrl.replace(/\/+$/, ''), ...(callbackUrl ? { callbackUrl } : {}), ...(tenant ? { tenant } : {}) };
}

/** Why a callback URL cannot be registered: Partner Center posts to public https addresses only. */
export function callbackProblem(callbackUrl: string | undefined, standin = false): string | undefined {
  if (callbackUrl === undefined || !URL.canParse(callbackUrl)) return 'register needs the callback URL, https://<host>/api/partnercenter/events.';
  const url = new URL(callbackUrl);
  const local = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(standin && local)) return 'The callback URL must be https.';
  if (url.username !== '' || url.password !== '' || url.hash !== '') return 'The callback URL must not carry user info or a fragment.';
  if (url.pathname !== '/api/partnercenter/events') return "The callback URL's path must be /api/partnercenter/events.";
  return undefined;
}

/** The registration Partner Center keeps: the callback and every event the bot reads. */
export function registrationBody(callbackUrl: string): { WebhookUrl: string; WebhookEvents: string[] } {
  return { WebhookUrl: callbackUrl, WebhookEvents: [...REGISTERED_EVENTS] };
}

async function tokensFor(command: WebhookCommand): Promise<AppTokens> {
  if (command.signIn === 'standin') return { token: async () => 'standin-admin' };
  if (command.signIn === 'app') {
    const tokens = followUpAppTokens(followUpSettings(process.env), process.env.AZURE_CLIENT_ID || undefined);
    if (!tokens) throw new Error('--sign-in app needs FOLLOW_UP_APP_ID and PARTNER_TENANT_ID.');
    return tokens;
  }
  const identity = await import('@azure/identity');
  const tenant = command.tenant ? { tenantId: command.tenant } : {};
  const credential =
    command.signIn === 'device'
      ? new identity.DeviceCodeCredential({ ...tenant, userPromptCallback: (info) => console.log(info.message) })
      : new identity.AzureCliCredential(tenant);
  return new CredentialTokens(credential);
}

interface Answer {
  status: number;
  json: unknown;
}

async function call(command: WebhookCommand, tokens: AppTokens, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Answer> {
  const token = await tokens.token('partnerCenter');
  if (!token) throw new Error('No Partner Center token: sign in (az login --tenant <partner tenant>) as an admin agent of the partner.');
  const response = await fetch(`${command.baseUrl}${path}`, {
    method,
    redirect: 'error',
    signal: AbortSignal.timeout(30_000),
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'MS-Contract-Version': 'v1',
      'MS-CorrelationId': randomUUID(),
      'MS-RequestId': randomUUID(),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Not JSON: shown as text.
  }
  return { status: response.status, json };
}

function show(label: string, answer: Answer): void {
  console.log(`${label}: HTTP ${answer.status}`);
  if (answer.json !== undefined) console.log(JSON.stringify(answer.json, null, 2));
}

async function main(): Promise<number> {
  const command = parseWebhookArgs(process.argv.slice(2), process.env);
  if (typeof command === 'string') {
    console.error(command);
    return 2;
  }
  const tokens = await tokensFor(command);
  if (command.command === 'register') {
    const current = await call(command, tokens, 'GET', REGISTRATION_PATH);
    const method = current.status === 200 ? 'PUT' : 'POST';
    const answer = await call(command, tokens, method, REGISTRATION_PATH, registrationBody(command.callbackUrl!));
    show(method === 'PUT' ? 'Registration updated' : 'Registration created', answer);
    return answer.status < 300 ? 0 : 1;
  }
  if (command.command === 'show') {
    const registration = await call(command, tokens, 'GET', REGISTRATION_PATH);
    show('Registration', registration);
    const events = await call(command, tokens, 'GET', `${REGISTRATION_PATH}/events`);
    show('Events Partner Center supports', events);
    if (Array.isArray(events.json)) {
      const missing = REGISTERED_EVENTS.filter((e) => !(events.json as unknown[]).includes(e));
      if (missing.length > 0) console.log(`Not offered by Partner Center now: ${missing.join(', ')}`);
    }
    return registration.status < 300 ? 0 : 1;
  }
  // test: one test-created event (Partner Center allows two a minute), then its delivery status.
  const sent = await call(command, tokens, 'POST', `${REGISTRATION_PATH}/validationEvents`);
  show('Test event requested', sent);
  const correlationId = typeof sent.json === 'object' && sent.json !== null ? (sent.json as { correlationId?: unknown }).correlationId : undefined;
  if (typeof correlationId !== 'string' || !/^[0-9a-f-]{36}$/i.test(correlationId)) return 1;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const status = await call(command, tokens, 'GET', `${REGISTRATION_PATH}/validationEvents/${correlationId}`);
    show(`Delivery status (${attempt + 1})`, status);
    const text = JSON.stringify(status.json ?? '');
    if (/"status"\s*:\s*"(?:completed|failed)"/i.test(text)) return /completed/i.test(text) ? 0 : 1;
  }
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
