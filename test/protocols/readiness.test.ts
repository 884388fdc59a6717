// Readiness, /readyz's answer, the probes worth a line and the start-up failure's line
// (src/protocols/http/readiness.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { readinessOf, ReadinessResult, readyzAnswer, startupFailureLine, StoreFailure, storageChange } from '../../src/protocols/http/readiness';

describe('Readiness and start-up', () => {
  it('is ready only while not shutting down and with a store that answered', () => {
    const rows: [string, boolean, boolean | undefined, ReadinessResult][] = [
      ['the store answered', false, true, { ready: true }],
      ['the store did not answer', false, false, { ready: false, reason: 'storage' }],
      ['the store not asked', false, undefined, { ready: false, reason: 'storage' }],
      ['shutting down, the store not asked', true, undefined, { ready: false, reason: 'draining' }],
      ['shutting down, whatever the store said', true, true, { ready: false, reason: 'draining' }],
    ];
    for (const [what, draining, answered, expected] of rows) assert.deepEqual(readinessOf(draining, answered), expected, what);
  });

  it('answers /readyz with 200 or 503, the reason, and the details beside', () => {
    const details = { contentReviewDue: true };
    const rows: [string, ReadinessResult, Record<string, unknown> | undefined, { status: number; body: Record<string, unknown> }][] = [
      ['ready', { ready: true }, undefined, { status: 200, body: { status: 'ready' } }],
      ['ready, with details', { ready: true }, details, { status: 200, body: { status: 'ready', details } }],
      ['the store down', { ready: false, reason: 'storage' }, undefined, { status: 503, body: { status: 'not ready', reason: 'storage' } }],
      [
        'shutting down, with details',
        { ready: false, reason: 'draining' },
        details,
        { status: 503, body: { status: 'not ready', reason: 'draining', details } },
      ],
    ];
    for (const [what, result, d, expected] of rows) assert.deepEqual(readyzAnswer(result, d), expected, what);
  });

  it('logs a probe only when the store stopped or started answering', () => {
    const rows: [boolean, boolean, 'lost' | 'back' | undefined][] = [
      [true, true, undefined],
      [true, false, 'lost'],
      [false, false, undefined],
      [false, true, 'back'],
    ];
    for (const [last, now, expected] of rows) assert.equal(storageChange(last, now), expected, `${last} then ${now}`);
  });

  it("says in one line where the store is, what went wrong and which settings to check, never the error's message", () => {
    const keyed = { endpoint: 'https://advisor.blob.core.windows.net', auth: 'connection string' as const };
    const identity = { endpoint: 'https://advisor.blob.core.windows.net', auth: 'identity' as const };
    const f = (over: Partial<StoreFailure>): StoreFailure => ({ credential: false, name: 'RestError', ...over });
    const rows: [string, typeof keyed | typeof identity, StoreFailure, string][] = [
      [
        'no token for the managed identity',
        identity,
        f({ credential: true, name: 'CredentialUnavailableError' }),
        'Blob storage at https://advisor.blob.core.windows.net: no token could be had for the managed identity (CredentialUnavailableError). Check that this host has a managed identity and that AZURE_CLIENT_ID names it.',
      ],
      [
        'a key refused',
        keyed,
        f({ statusCode: 403, code: 'AuthenticationFailed' }),
        'Blob storage at https://advisor.blob.core.windows.net refused the credentials (AuthenticationFailed). Check BLOB_CONNECTION_STRING, BLOB_CONTAINER and the network.',
      ],
      [
        'an identity refused, no code',
        identity,
        f({ statusCode: 401 }),
        "Blob storage at https://advisor.blob.core.windows.net refused the credentials (RestError). Check BLOB_ACCOUNT_URL, AZURE_CLIENT_ID, the identity's role on the account, BLOB_CONTAINER and the network.",
      ],
      [
        'another status',
        keyed,
        f({ statusCode: 500, code: 'InternalError' }),
        'Blob storage at https://advisor.blob.core.windows.net answered 500 (InternalError). Check BLOB_CONNECTION_STRING, BLOB_CONTAINER and the network.',
      ],
      [
        'no answer at all',
        keyed,
        f({ name: 'Error', code: 'ECONNREFUSED' }),
        'Blob storage at https://advisor.blob.core.windows.net is unreachable (ECONNREFUSED). Check BLOB_CONNECTION_STRING, BLOB_CONTAINER and the network.',
      ],
    ];
    for (const [what, store, failure, expected] of rows) assert.equal(startupFailureLine(store, failure), expected, what);
  });
});
