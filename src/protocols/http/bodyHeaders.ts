// What a request's headers alone decide about its body, before a byte of it is read: JSON only,
// in UTF-8, never compressed (a compressed body's size is known only once inflated), and no
// declared length over the route's limit. The host's body reader (hosting/http/jsonBody.ts) asks
// here first and reads nothing of a body refused here.

/** A request's headers as Node gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** Why a body was refused: the status to answer and a message for the caller (never the body). */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BadRequest' | 'PayloadTooLarge' | 'UnsupportedMediaType',
    message: string,
  ) {
    super(message);
    this.name = 'BodyRefused';
  }
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** Whether the request carries a body at all (a declared length above 0, or chunked). */
export function hasBody(headers: RequestHeaders): boolean {
  const length = headers['content-length'];
  if (length !== undefined) return Number(length) !== 0;
  return headers['transfer-encoding'] !== undefined;
}

export function tooLarge(maxBytes: number): BodyRefused {
  return new BodyRefused(413, 'PayloadTooLarge', `The body is larger than ${maxBytes} bytes.`);
}

/**
 * 415 for another content type, any Content-Encoding but identity or a charset other than UTF-8;
 * 413 for a declared length over the limit; undefined when the headers allow the body.
 */
export function headerProblem(headers: RequestHeaders, maxBytes: number): BodyRefused | undefined {
  const encoding = headerText(headers['content-encoding']).trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    return new BodyRefused(415, 'UnsupportedMediaType', 'Compressed bodies are not accepted: send JSON without Content-Encoding.');
  }
  const [type = '', ...parameters] = headerText(headers['content-type']).split(';');
  const mediaType = type.trim().toLowerCase();
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    return new BodyRefused(415, 'UnsupportedMediaType', 'Send the body as application/json.');
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    // `utf8` is the same encoding under a name many clients send.
    if (name.trim().toLowerCase() === 'charset' && !/^"?utf-?8"?$/i.test(value.trim())) {
      return new BodyRefused(415, 'UnsupportedMediaType', 'JSON bodies must be UTF-8.');
    }
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  return undefined;
}
