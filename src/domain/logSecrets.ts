// Which parts of a log line are secret, in two layers (the logger applies both to every line,
// whoever logs it: hosting/logging/redaction.ts):
//   1. by name: fields that hold credentials are replaced (the logger's redact paths), and a
//      request or response object is logged as its method, path and status only, never its headers;
//   2. by shape: each finished line is scanned wherever (message, stack, URL) for a bearer token,
//      a JWT, a connection string's key or a SAS signature. Lines are short: the scan costs microseconds.

export const REDACTED = '[redacted]';

/** Fields that hold credentials, by name, wherever a line names them. */
export const SECRET_FIELDS = [
  'password',
  'appPassword',
  'ssoClientSecret',
  'assertion',
  'authorization',
  'Authorization',
  'secret',
  'directLineSecret',
  'token',
  'connectionString',
  'blobConnectionString',
  'accountKey',
  'key',
  'cookie',
];

/** Every secret-bearing field at the top level, one level down, and in logged headers. */
export const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-ms-token-aad-access-token"]',
];

/** What a credential looks like anywhere in a line, and what is kept of it. */
const SHAPES: [RegExp, string][] = [
  // Authorization: Bearer <token> or Basic <credentials> (the scheme as written, so prose such as
  // "basic things" is left alone; a credential is at least 8 characters).
  [/\b([Bb]earer|BEARER)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\b(Basic|BASIC)\s+[A-Za-z0-9+/=]{8,}/g, `$1 ${REDACTED}`],
  // A JWT (header.payload.signature, base64url, header starting with {" → eyJ).
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // Connection strings: account keys, shared access keys and signatures, instrumentation keys.
  [/\b(AccountKey|SharedAccessKey|SharedAccessSignature|InstrumentationKey|ApiKey)=[^;"\s\\]+/gi, `$1=${REDACTED}`],
  // A SAS token's signature in a URL.
  [/([?&]sig=)[^&"\s\\]+/gi, `$1${REDACTED}`],
];

/** The line with anything shaped like a credential replaced. */
export function scrubSecrets(line: string): string {
  let out = line;
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  return out;
}

/** A request as it may be logged: method and path, no query, no headers, no body. */
export function requestSummary(req: { url?: unknown; method?: unknown } | undefined): Record<string, unknown> | undefined {
  if (!req || typeof req !== 'object') return undefined;
  const url = typeof req.url === 'string' ? req.url.split('?')[0] : undefined;
  return { method: req.method, url };
}

export function responseSummary(res: { statusCode?: unknown } | undefined): Record<string, unknown> | undefined {
  if (!res || typeof res !== 'object') return undefined;
  return { statusCode: res.statusCode };
}

/**
 * What of an error a log line carries: its name, the first line of its message (at most 300
 * characters: a message can quote a request or a stack below it), and its code and HTTP status
 * where it has them; something thrown that is no Error, as its type and 200 characters of it.
 */
export function errorSummary(error: unknown): { name: string; message: string; code?: string; statusCode?: number } {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error).slice(0, 200) };
  const e = error as Error & { code?: unknown; statusCode?: unknown };
  return {
    name: e.name,
    message: e.message.split('\n')[0]!.slice(0, 300),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
  };
}
