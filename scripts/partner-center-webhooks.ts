// Registers the bot's callback for Partner Center's webhook events, shows the registration, and
// asks Partner Center for a test event (learn.microsoft.com/partner-center/developer/partner-center-webhooks).
//
//   npm run webhooks -- register https://<app>.azurewebsites.net/api/partnercenter/events
//   npm run webhooks -- show
//   npm run webhooks -- test
//
// Partner Center keeps one registration per partner tenant: `register` shows the one there is,
// keeps its events (the bot's are added to them) and refuses to point it at this bot when it
// points elsewhere (another tool's receiver) unless --replace-url says so.
//
// Options: --sign-in cli (default: the admin's Azure CLI sign-in, `az login --tenant <partner tenant>`;
// Microsoft documents no Partner Center token for the Azure CLI's client, so it may be refused),
// device (a device code to type at microsoft.com/devicelogin), app (the bot's follow-up app through
// its managed identity: run on the App Service); --tenant <id> (default PARTNER_TENANT_ID);
// --base-url <url> (the demonstration's Partner Center stand-in, as `npm run start:demo` prints it;
// its sign-in is the stand-in's token endpoint); --replace-url; --help.
// No secret is read or kept: the token is asked for, used and dropped.
import { randomUUID } from 'crypto';
import { REGISTERED_EVENTS } from '../src/domain/partnerCenterEvents';
import { AppTokens, CredentialTokens, followUpAppTokens } from '../src/hosting/microsoftApis/appTokens';
import { PARTNER_CENTER_BASE_URL } from '../src/hosting/microsoftApis/partnerCenterClient';
import { followUpSettings } from '../src/config/followUps';
import { isLoopbackHost } from '../src/config/env';

export const REGISTRATION_PATH = '/webhooks/v1/registration';

export const USAGE = [
  'Usage: npm run webhooks -- <command> [options]',
  '  register <https://<host>/api/partnercenter/events>  register the bot (keeps the events registered already)',
  '  show                                              the registration, and the events Partner Center offers',
  '  test                                              a test-created event, then its delivery status',
  'Options:',
  '  --sign-in cli|device|app   how to get a Partner Center token (default cli: az login --tenant <partner tenant>;',
  '                             cli may be refused by Partner Center: device and app are the documented paths)',
  '  --tenant <id>              the partner tenant (default PARTNER_TENANT_ID)',
  '  --base-url <url>           another Partner Center address (the demonstration stand-in, as start:demo prints it)',
  '  --replace-url              let register replace a registration that points at another URL (that tool stops getting events)',
  '  --help                     this text',
].join('\n');

export interface WebhookCommand {
  command: 'register' | 'show' | 'test' | 'help';
  /** register: replace a registration that points elsewhere. */
  replaceUrl?: boolean;
  callbackUrl?: string;
  signIn: 'cli' | 'device' | 'app' | 'standin';
  tenant?: string;
  baseUrl: string;
}

/** The command line read, or a sentence saying what is wrong. */
export function parseWebhookArgs(args: readonly string[], env: NodeJS.ProcessEnv = {}): WebhookCommand | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h' || arg === '--replace-url') flags.add(arg.replace(/^-+/, '').replace(/^h$/, 'help'));
    else if (!arg.startsWith('--')) positional.push(arg);
    else if (i + 1 < args.length) options[arg.slice(2)] = args[(i += 1)]!;
    else return `${arg} needs a value.`;
  }
  if (flags.has('help')) return { command: 'help', signIn: 'cli', baseUrl: PARTNER_CENTER_BASE_URL };
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
  if (flags.has('replace-url') && command !== 'register') return '--replace-url goes with register.';
  return {
    command,
    signIn,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(callbackUrl ? { callbackUrl } : {}),
    ...(tenant ? { tenant } : {}),
    ...(flags.has('replace-url') ? { replaceUrl: true } : {}),
  };
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

/** A registration as Partner Center returns it (members in either case), or undefined. */
export interface Registration {
  webhookUrl: string;
  webhookEvents: string[];
  signatureTokenToMsSignatureHeader?: boolean;
}

export function readRegistration(json: unknown): Registration | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const r = json as Record<string, unknown>;
  const url = r.webhookUrl ?? r.WebhookUrl;
  const events = r.webhookEvents ?? r.WebhookEvents;
  const flag = r.signatureTokenToMsSignatureHeader ?? r.SignatureTokenToMsSignatureHeader;
  if (typeof url !== 'string') return undefined;
  const names = Array.isArray(events) ? events.filter((e): e is string => typeof e === 'string') : [];
  return { webhookUrl: url, webhookEvents: names, ...(flag === true ? { signatureTokenToMsSignatureHeader: true } : {}) };
}

/** Whether two callback URLs are the same receiver (scheme and host in any case, no trailing slash). */
export function sameUrl(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return a === b;
  const norm = (u: string): string => new URL(u).href.replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/**
 * The registration to write: the callback, and the events already registered with the bot's
 * added (a union: another tool's, such as azure-fraud-event-detected, are kept); the signature
 * header choice kept. Or a sentence saying why not: the registration points at another URL and
 * --replace-url was not given.
 */
export function registrationBody(
  callbackUrl: string,
  current?: Registration,
  replaceUrl = false,
): { WebhookUrl: string; WebhookEvents: string[]; SignatureTokenToMsSignatureHeader?: boolean } | string {
  if (current && !sameUrl(current.webhookUrl, callbackUrl) && !replaceUrl) {
    return (
      `The partner tenant's registration points at ${current.webhookUrl}, not this bot. Partner Center keeps one URL per partner ` +
      'tenant: replacing it stops that receiver getting its events. Relay events between the two, or run register again with --replace-url.'
    );
  }
  const events = [...new Set([...(current?.webhookEvents ?? []), ...REGISTERED_EVENTS])];
  return { WebhookUrl: callbackUrl, WebhookEvents: events, ...(current?.signatureTokenToMsSignatureHeader ? { SignatureTokenToMsSignatureHeader: true } : {}) };
}

/** The stand-in's own token (its token endpoint beside its Partner Center), as the demonstration's app gets one. */
async function standinToken(baseUrl: string): Promise<string | undefined> {
  const response = await fetch(new URL('/token', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'standin', scope: 'https://api.partnercenter.microsoft.com/.default' }).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown };
  return typeof body.access_token === 'string' ? body.access_token : undefined;
}

async function tokensFor(command: WebhookCommand): Promise<AppTokens> {
  if (command.signIn === 'standin') return { token: () => standinToken(command.baseUrl) };
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
  if (!token)
    throw new Error(
      'No Partner Center token: sign in (az login --tenant <partner tenant>) as an admin agent of the partner, or use --sign-in device (the Azure CLI may be refused).',
    );
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
  if (command.command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const tokens = await tokensFor(command);
  if (command.command === 'register') {
    const current = await call(command, tokens, 'GET', REGISTRATION_PATH);
    if (current.status !== 200 && current.status !== 404) {
      show('Registration could not be read', current);
      return 1;
    }
    const existing = current.status === 200 ? readRegistration(current.json) : undefined;
    if (existing) show('Current registration', current);
    const body = registrationBody(command.callbackUrl!, existing, command.replaceUrl === true);
    if (typeof body === 'string') {
      console.error(body);
      return 1;
    }
    const method = existing ? 'PUT' : 'POST';
    const answer = await call(command, tokens, method, REGISTRATION_PATH, body);
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
