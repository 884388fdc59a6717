// Which parts of a log line are secret (src/domain/logSecrets.ts), from tables written by hand:
// what the scan by shape changes in a line, what of a request or response may be logged, and the
// fields replaced by name.
import { strict as assert } from 'assert';
import { REDACT_PATHS, errorSummary, requestSummary, responseSummary, scrubSecrets } from '../../src/domain/logSecrets';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.SIGNATUREpart_-1';

describe('Log secrets', () => {
  it('replaces what is shaped like a credential anywhere in a line, and keeps the rest', () => {
    const rows: [string, string, string][] = [
      ['a bearer token', 'Authorization: Bearer abcdefgh12345', 'Authorization: Bearer [redacted]'],
      ['a bearer token in capitals', 'BEARER abcdefgh12345', 'BEARER [redacted]'],
      ['basic credentials', 'Basic dXNlcjpwYXNzd29yZA==', 'Basic [redacted]'],
      ['a JWT on its own', `token ${JWT} refused`, 'token [redacted] refused'],
      ['an account key', 'AccountName=a;AccountKey=Eby8vdM02x/K1SZ==;BlobEndpoint=x', 'AccountName=a;AccountKey=[redacted];BlobEndpoint=x'],
      ['an instrumentation key, any case', 'instrumentationkey=0000-1111;IngestionEndpoint=x', 'instrumentationkey=[redacted];IngestionEndpoint=x'],
      ['a shared access signature', 'SharedAccessSignature=sv%3D1;x', 'SharedAccessSignature=[redacted];x'],
      [
        "a SAS URL's signature",
        'https://a.blob.core.windows.net/c?sv=2022&sig=AbC%2B1&se=2030',
        'https://a.blob.core.windows.net/c?sv=2022&sig=[redacted]&se=2030',
      ],
      ['a short word after Bearer is prose', 'Send it as Bearer <token>.', 'Send it as Bearer <token>.'],
      ['a short word after Bearer is prose too', 'Send a Bearer token.', 'Send a Bearer token.'],
      ['basic as prose', 'basic things', 'basic things'],
      ['an ordinary line', '{"msg":"turn","ms":3.2}', '{"msg":"turn","ms":3.2}'],
    ];
    for (const [what, line, expected] of rows) assert.equal(scrubSecrets(line), expected, what);
  });

  it('logs a request as its method and path, and a response as its status, nothing else', () => {
    const rows: [string, unknown, unknown][] = [
      [
        'a request with a query and headers',
        { method: 'POST', url: '/api/messages?code=x', headers: { authorization: 'Bearer x' } },
        { method: 'POST', url: '/api/messages' },
      ],
      ['a request without a URL', { method: 'GET' }, { method: 'GET', url: undefined }],
      ['no request', undefined, undefined],
      ['a request that is no object', 'GET /api/messages?code=x', undefined],
    ];
    for (const [what, req, expected] of rows) assert.deepEqual(requestSummary(req as never), expected, what);
    assert.deepEqual(responseSummary({ statusCode: 503, headers: { 'set-cookie': 'a' } } as never), { statusCode: 503 });
    assert.equal(responseSummary(undefined), undefined);
    assert.equal(responseSummary('503' as never), undefined, 'a response that is no object');
  });

  it('replaces credential fields by name at the top, one level down, and in logged headers', () => {
    for (const path of [
      'authorization',
      '*.authorization',
      'token',
      '*.token',
      'appPassword',
      '*.blobConnectionString',
      'cookie',
      '*.cookie',
      'headers.cookie',
      '*.headers.authorization',
    ])
      assert.ok(REDACT_PATHS.includes(path), path);
    assert.ok(!REDACT_PATHS.includes('text'), "a message's text is not a secret");
  });

  it("keeps of an error its name, its message's first line (bounded), and its code and status only where they are a string and a number", () => {
    const withParts = (message: string, parts: Record<string, unknown>): Error => Object.assign(new Error(message), parts);
    const rows: [string, unknown, ReturnType<typeof errorSummary>][] = [
      ['a plain error', new Error('went wrong'), { name: 'Error', message: 'went wrong' }],
      ['a stack quoted below', new Error('first line\nPOST body: secret'), { name: 'Error', message: 'first line' }],
      ['a long message', new Error('x'.repeat(400)), { name: 'Error', message: 'x'.repeat(300) }],
      [
        'a code and a status',
        withParts('refused', { code: 'ECONNRESET', statusCode: 503 }),
        { name: 'Error', message: 'refused', code: 'ECONNRESET', statusCode: 503 },
      ],
      ['a numeric code, a string status', withParts('odd', { code: 42, statusCode: '503' }), { name: 'Error', message: 'odd' }],
      ['a thrown string', 'y'.repeat(250), { name: 'string', message: 'y'.repeat(200) }],
      ['a thrown nothing', undefined, { name: 'undefined', message: 'undefined' }],
    ];
    for (const [what, error, summary] of rows) assert.deepEqual(errorSummary(error), summary, what);
  });
});
