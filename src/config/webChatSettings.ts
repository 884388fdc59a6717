// The Web Chat page and Direct Line settings, read from the environment by loadConfig. Every
// problem is reported through `fail` as one line that names the setting; the Direct Line secret
// is never echoed.

/** The development-only switch for the local Direct Line next to an app registration. */
export const LOCAL_ANONYMOUS_DEV_ONLY = 'DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY';

export const DEFAULT_DIRECT_LINE_TOKEN_URL = 'https://directline.botframework.com/v3/directline/tokens/generate';

export interface LocalDirectLineSettings {
  /** A conversation with no message for this long is dropped. */
  idleMinutes: number;
  /** Conversations kept at once; a new one beyond this is refused until others expire. */
  maxConversations: number;
  /** Activities kept per conversation (the oldest go first). */
  maxActivities: number;
  /** Largest activity a client may post, in bytes. */
  maxBodyBytes: number;
  /** A token not used to start or post within this many seconds expires (and frees its place). */
  unusedTokenSeconds: number;
  /** Bytes of activities (their JSON) kept per conversation; the oldest go first, a larger one is refused (413). */
  maxConversationBytes: number;
  /** Bytes of activities and conversations the whole local Direct Line keeps; the oldest activities go first. */
  maxTotalBytes: number;
  /** Bytes a client may post into one conversation per minute; beyond, 429 with the wait. */
  maxPostBytesPerMinute: number;
}

export interface WebChatSettings {
  /** Serve the page, the token endpoint and (without a secret) the local Direct Line. */
  enabled: boolean;
  /** Empty: the bot hosts its own local Direct Line (development and offline use). */
  directLineSecret: string;
  /** Azure Bot Service's token endpoint; the Direct Line domain is derived from it. */
  directLineTokenUrl: string;
  /** The Direct Line base address the browser talks to in production (`…/v3/directline`). */
  directLineDomain: string;
  /**
   * Sent as `trustedOrigins` when a token is generated (Direct Line's enhanced authentication): the
   * origins that host the page. Empty: only the list on the Direct Line channel's page in Azure.
   */
  trustedOrigins: string[];
  /** Token requests allowed per client address and minute. */
  tokenRateLimit: number;
  /** Signs the visitor cookie and derives the Direct Line user id from it; empty: a random key per process. Never logged. */
  cookieKey: string;
  /** The visitor cookie's lifetime in days, 0 until the browser closes; undefined: the default (see webchat/index.ts). */
  cookieDays: number | undefined;
  /** Take the client address from X-Forwarded-For (behind App Service or another proxy). */
  trustProxy: boolean;
  /** `#rrggbb`. */
  accent: string;
  /** Empty: the product's localized name (content/pages/webchat.json, productName). */
  botName: string;
  botInitials: string;
  userInitials: string;
  /** CSP frame-ancestors sources: who may put the page in an iframe. */
  frameAncestors: string[];
  local: LocalDirectLineSettings;
  /**
   * With an app registration, the local Direct Line (anonymous: no Bot Framework token) stays off
   * unless this development-only setting turns it on.
   */
  localAnonymousDevOnly: boolean;
}

/**
 * How the page reaches the bot. Azure Bot Service's Direct Line when a secret is set; otherwise the
 * local Direct Line, which lets anyone who reaches the host talk to the bot without a token: fine
 * without a registration (the bot is unauthenticated anyway), off with one unless the
 * development-only setting asks for it, and then the page says Web Chat is not configured.
 */
export type WebChatMode = 'off' | 'directline' | 'local' | 'unconfigured';

export function webChatMode(settings: WebChatSettings, registered: boolean): WebChatMode {
  if (!settings.enabled) return 'off';
  if (settings.directLineSecret !== '') return 'directline';
  if (!registered || settings.localAnonymousDevOnly) return 'local';
  return 'unconfigured';
}

const PAGE_MODE_LINES: Record<Exclude<WebChatMode, 'off'>, string> = {
  directline: 'Web Chat page on / with Azure Direct Line',
  local: 'Web Chat page on / with the local Direct Line',
  unconfigured: 'Web Chat page on / says Web Chat is not configured: set DIRECT_LINE_SECRET (or WEBCHAT_ENABLED=false)',
};

/** The start-up line that says where the page is and how it talks to the bot; none when it is off. */
export function webChatModeLine(mode: WebChatMode): string | undefined {
  return mode === 'off' ? undefined : PAGE_MODE_LINES[mode];
}

const MB = 1024 * 1024;

type Env = Readonly<Record<string, string | undefined>>;
type Fail = (message: string) => never;

function text(env: Env, name: string, fallback = ''): string {
  const value = env[name];
  return value === undefined ? fallback : value.trim();
}

function whole(env: Env, name: string, fallback: number, min: number, max: number, fail: Fail): number {
  const raw = text(env, name);
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    fail(`${name} must be a whole number from ${min} to ${max} (got "${raw.slice(0, 20)}").`);
  }
  return Number(raw);
}

function flag(env: Env, name: string, fallback: boolean, fail: Fail): boolean {
  const raw = text(env, name).toLowerCase();
  if (raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  return fail(`${name} must be true or false (got "${raw.slice(0, 20)}").`);
}

// Letters and digits of any script, plus a few marks that appear in names; no markup characters.
const DISPLAY_NAME = /^[\p{L}\p{N}\p{M} .,'’&()+\-–·]+$/u;
const INITIALS = /^[\p{L}\p{N}]{1,3}$/u;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function tokenUrl(env: Env, fail: Fail): { url: string; domain: string } {
  const raw = text(env, 'DIRECT_LINE_TOKEN_URL', DEFAULT_DIRECT_LINE_TOKEN_URL) || DEFAULT_DIRECT_LINE_TOKEN_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('DIRECT_LINE_TOKEN_URL must be an absolute https URL ending in /tokens/generate.');
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash || !/\/tokens\/generate\/?$/.test(url.pathname)) {
    return fail('DIRECT_LINE_TOKEN_URL must be an https URL (http only for localhost) ending in /tokens/generate, without query or credentials.');
  }
  const base = url.pathname.replace(/\/tokens\/generate\/?$/, '');
  return { url: url.href, domain: `${url.origin}${base}` };
}

function frameAncestors(env: Env, fail: Fail): string[] {
  const raw = text(env, 'WEBCHAT_FRAME_ANCESTORS');
  if (raw === '') return ["'self'"];
  const sources = raw.split(/[\s,]+/).filter(Boolean);
  for (const source of sources) {
    const ok =
      source === "'self'" ||
      source === "'none'" ||
      source === '*' ||
      /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(source) ||
      /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/i.test(source);
    if (!ok) {
      fail(`WEBCHAT_FRAME_ANCESTORS must list origins like https://portal.contoso.com (or 'self', 'none', *), got "${source.slice(0, 40)}".`);
    }
  }
  if (sources.includes("'none'") && sources.length > 1) fail("WEBCHAT_FRAME_ANCESTORS: 'none' cannot be combined with other sources.");
  return sources;
}

/** DIRECT_LINE_TRUSTED_ORIGINS: https origins (http only for localhost), without path. */
function trustedOrigins(env: Env, fail: Fail): string[] {
  const sources = text(env, 'DIRECT_LINE_TRUSTED_ORIGINS')
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const source of sources) {
    if (!/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(source) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/i.test(source)) {
      fail(`DIRECT_LINE_TRUSTED_ORIGINS must list origins like https://advisor.contoso.com, without a path (got "${source.slice(0, 40)}").`);
    }
  }
  return [...new Set(sources.map((s) => s.toLowerCase()))];
}

function cookieKey(env: Env, fail: Fail): string {
  const key = text(env, 'WEBCHAT_COOKIE_KEY');
  // The key is never echoed, not even in part.
  if (key !== '' && !/^[\x21-\x7e]{32,512}$/.test(key))
    fail('WEBCHAT_COOKIE_KEY must be 32-512 random printable characters without spaces (e.g. openssl rand -base64 48).');
  return key;
}

export function parseWebChatSettings(env: Env, fail: Fail): WebChatSettings {
  const enabled = flag(env, 'WEBCHAT_ENABLED', true, fail);
  const directLineSecret = text(env, 'DIRECT_LINE_SECRET');
  if (directLineSecret !== '' && !/^[\x21-\x7e]{16,512}$/.test(directLineSecret)) {
    fail('DIRECT_LINE_SECRET does not look like a Direct Line secret (16-512 printable characters without spaces).');
  }
  const { url, domain } = tokenUrl(env, fail);

  const accent = text(env, 'WEBCHAT_ACCENT', '#0f6cbd') || '#0f6cbd';
  if (!/^#[0-9a-f]{6}$/i.test(accent)) fail(`WEBCHAT_ACCENT must be a colour as #rrggbb (got "${accent.slice(0, 20)}").`);

  // Empty: the product's own name in the visitor's language (as the Teams manifest gives it).
  const botName = text(env, 'WEBCHAT_BOT_NAME');
  if (botName !== '' && (botName.length > 60 || !DISPLAY_NAME.test(botName))) {
    fail('WEBCHAT_BOT_NAME must be 1-60 letters, digits, spaces and simple punctuation.');
  }
  const botInitials = text(env, 'WEBCHAT_BOT_INITIALS', 'MA');
  if (botInitials !== '' && !INITIALS.test(botInitials)) fail('WEBCHAT_BOT_INITIALS must be 1-3 letters or digits (or empty for no avatar).');
  const userInitials = text(env, 'WEBCHAT_USER_INITIALS');
  if (userInitials !== '' && !INITIALS.test(userInitials)) fail('WEBCHAT_USER_INITIALS must be 1-3 letters or digits (or empty for no avatar).');

  return {
    enabled,
    directLineSecret,
    directLineTokenUrl: url,
    directLineDomain: domain,
    trustedOrigins: trustedOrigins(env, fail),
    tokenRateLimit: whole(env, 'WEBCHAT_TOKEN_RATE_LIMIT', 10, 1, 10_000, fail),
    cookieKey: cookieKey(env, fail),
    cookieDays: text(env, 'WEBCHAT_COOKIE_DAYS') === '' ? undefined : whole(env, 'WEBCHAT_COOKIE_DAYS', 0, 0, 400, fail),
    trustProxy: flag(env, 'WEBCHAT_TRUST_PROXY', false, fail),
    accent: accent.toLowerCase(),
    botName,
    botInitials,
    userInitials,
    frameAncestors: frameAncestors(env, fail),
    local: {
      idleMinutes: whole(env, 'DIRECT_LINE_LOCAL_IDLE_MINUTES', 30, 1, 24 * 60, fail),
      maxConversations: whole(env, 'DIRECT_LINE_LOCAL_MAX_CONVERSATIONS', 500, 1, 100_000, fail),
      maxActivities: whole(env, 'DIRECT_LINE_LOCAL_MAX_ACTIVITIES', 200, 10, 10_000, fail),
      maxBodyBytes: whole(env, 'DIRECT_LINE_LOCAL_MAX_BODY_BYTES', 32 * 1024, 1024, 1024 * 1024, fail),
      unusedTokenSeconds: whole(env, 'DIRECT_LINE_LOCAL_UNUSED_TOKEN_SECONDS', 120, 1, 3600, fail),
      maxConversationBytes: whole(env, 'DIRECT_LINE_LOCAL_MAX_CONVERSATION_BYTES', 256 * 1024, 64 * 1024, 256 * MB, fail),
      maxTotalBytes: whole(env, 'DIRECT_LINE_LOCAL_MAX_TOTAL_BYTES', 16 * MB, MB, 4096 * MB, fail),
      maxPostBytesPerMinute: whole(env, 'DIRECT_LINE_LOCAL_MAX_POST_BYTES_PER_MINUTE', 256 * 1024, 4 * 1024, 4096 * MB, fail),
    },
    localAnonymousDevOnly: flag(env, LOCAL_ANONYMOUS_DEV_ONLY, false, fail),
  };
}
