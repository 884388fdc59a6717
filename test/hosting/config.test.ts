import { strict as assert } from 'assert';
import { ConfigError, loadConfig } from '../../src/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
/** A managed-identity registration, as the Bicep deploys the bot. */
const REG = { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT };

describe('configuration', () => {
  it('runs on embedded defaults with no settings at all', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3978);
    assert.equal(c.host, '127.0.0.1', 'unauthenticated bots stay on loopback');
    assert.equal(c.storage, 'memory');
    assert.equal(c.appId, '');
    assert.equal(c.maxBodyBytes, 256 * 1024);
    assert.equal(c.logBufferBytes, 1024 * 1024);
    assert.equal(c.policyReviewMaxAgeDays, 365);
    assert.equal(c.contentOverlay, undefined, 'no overlay: the shipped pack as it is');
  });

  it("takes the partner's overlay and the review age", () => {
    const c = loadConfig({ CONTENT_OVERLAY: ' examples/overlay ', POLICY_REVIEW_MAX_AGE_DAYS: '90' });
    assert.equal(c.contentOverlay, 'examples/overlay');
    assert.equal(c.policyReviewMaxAgeDays, 90);
  });

  it('listens on all interfaces once a registration is configured', () => {
    assert.equal(
      loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }).host,
      '0.0.0.0',
    );
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a non-numeric port', { PORT: 'eighty' }, /PORT must be a whole number/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['a negative port', { PORT: '-1' }, /PORT/],
    ['an app id that is not a GUID', { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'x' }, /MicrosoftAppId must be the GUID/],
    [
      'an app id without its password',
      { MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT },
      /MicrosoftAppPassword is empty/,
    ],
    [
      'an app id without its app type (no silent MultiTenant)',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT },
      /MicrosoftAppType is empty/,
    ],
    ['a password without an app id', { MicrosoftAppPassword: 'x' }, /MicrosoftAppId is empty/],
    ['a single-tenant app without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId/],
    ['an unknown app type', { MicrosoftAppType: 'Personal' }, /MicrosoftAppType must be one of/],
    ['blob storage with neither an account URL nor a connection string', { STORAGE: 'blob' }, /neither BLOB_ACCOUNT_URL .* nor BLOB_CONNECTION_STRING/],
    [
      'blob storage with both an account URL and a connection string',
      { STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://a.blob.core.windows.net', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' },
      /not both/,
    ],
    ['a plain-http account URL', { STORAGE: 'blob', BLOB_ACCOUNT_URL: 'http://a.blob.core.windows.net' }, /BLOB_ACCOUNT_URL must be the https address/],
    ['an account URL carrying a SAS', { STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://a.blob.core.windows.net/?sv=2022&sig=abc' }, /without a query/],
    ['an account URL that is not a URL', { STORAGE: 'blob', BLOB_ACCOUNT_URL: 'a.blob.core.windows.net' }, /BLOB_ACCOUNT_URL/],
    ['a user-assigned identity that is not a GUID', { AZURE_CLIENT_ID: 'my-identity' }, /AZURE_CLIENT_ID must be the client id/],
    ['an unknown storage', { STORAGE: 'redis' }, /STORAGE must be one of/],
    ['an unknown preset cloud', { PRESET_CLOUD: 'mars' }, /PRESET_CLOUD/],
    ['an edition of the policy there is not', { POLICY_EDITION: '2019' }, /^POLICY_EDITION must be one of 2026-11, 2020 \(got "2019"\)\.$/],
    ['a review age that is no number of days', { POLICY_REVIEW_MAX_AGE_DAYS: 'a year' }, /POLICY_REVIEW_MAX_AGE_DAYS must be a whole number/],
    ['a review age of no days', { POLICY_REVIEW_MAX_AGE_DAYS: '0' }, /POLICY_REVIEW_MAX_AGE_DAYS/],
    ['a log buffer too small to hold a burst', { LOG_BUFFER_BYTES: '1000' }, /LOG_BUFFER_BYTES must be a whole number from 16384 to 67108864/],
    [
      'no registration on all interfaces',
      { HOST: '0.0.0.0' },
      /HOST is 0\.0\.0\.0 but MicrosoftAppId is empty.*MicrosoftAppType.*ANONYMOUS_ON_NETWORK_DEV_ONLY/,
    ],
    ['no registration on a network address', { HOST: '10.1.2.3' }, /HOST is 10\.1\.2\.3 but MicrosoftAppId is empty/],
    ['no registration on every IPv6 interface', { HOST: '::' }, /HOST is :: but MicrosoftAppId is empty/],
    [
      'a development switch that is not a yes or no',
      { HOST: '0.0.0.0', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'maybe' },
      /ANONYMOUS_ON_NETWORK_DEV_ONLY must be true or false/,
    ],
    [
      'a headers timeout longer than the request timeout',
      { HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' },
      /HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS/,
    ],
    ['a request timeout of zero (no timeout at all)', { HTTP_REQUEST_TIMEOUT_MS: '0' }, /HTTP_REQUEST_TIMEOUT_MS must be a whole number/],
    ['no connections allowed', { HTTP_MAX_CONNECTIONS: '0' }, /HTTP_MAX_CONNECTIONS must be a whole number/],
    ['an in-memory state too small to hold a conversation', { MEMORY_STATE_MAX_ENTRIES: '10' }, /MEMORY_STATE_MAX_ENTRIES must be a whole number/],
    [
      'a per-client connection cap above the global one',
      { HTTP_MAX_CONNECTIONS: '50', HTTP_MAX_CONNECTIONS_PER_CLIENT: '60' },
      /HTTP_MAX_CONNECTIONS_PER_CLIENT must not be more than HTTP_MAX_CONNECTIONS/,
    ],
    ['no connection at all per client', { HTTP_MAX_CONNECTIONS_PER_CLIENT: '0' }, /HTTP_MAX_CONNECTIONS_PER_CLIENT must be a whole number from 1/],
    [
      'more idle connections per client than open ones',
      { HTTP_MAX_CONNECTIONS_PER_CLIENT: '10', HTTP_MAX_IDLE_CONNECTIONS_PER_CLIENT: '11' },
      /HTTP_MAX_IDLE_CONNECTIONS_PER_CLIENT must not be more than HTTP_MAX_CONNECTIONS_PER_CLIENT/,
    ],
    ['an allowed host with a scheme', { ALLOWED_HOSTS: 'https://bot.example.com' }, /ALLOWED_HOSTS must be a comma-separated list of host names/],
    [
      'an allowed host with a port',
      { ALLOWED_HOSTS: 'localhost,bot.example.com:3978' },
      /ALLOWED_HOSTS .*without scheme, port or path \(got "bot\.example\.com:3978"\)/,
    ],
    ['an allowed host with a path', { ALLOWED_HOSTS: 'bot.example.com/api' }, /ALLOWED_HOSTS must be/],
    ['an allowed IPv6 host without brackets', { ALLOWED_HOSTS: 'fd00::1' }, /ALLOWED_HOSTS must be/],
    ['an allowed host with a wildcard', { ALLOWED_HOSTS: '*.example.com' }, /ALLOWED_HOSTS must be/],
    [
      'an OAuth connection without a registration',
      { OAUTH_CONNECTION_NAME: 'PartnerCenter', SSO_APP_ID: REG.MicrosoftAppId },
      /OAUTH_CONNECTION_NAME needs the bot's registration/,
    ],
    ['an OAuth connection without the sign-in app', { ...REG, OAUTH_CONNECTION_NAME: 'PartnerCenter' }, /OAUTH_CONNECTION_NAME needs SSO_APP_ID/],
    ['a sign-in app without an OAuth connection', { ...REG, SSO_APP_ID: REG.MicrosoftAppId }, /SSO_APP_ID and SSO_CLIENT_SECRET need OAUTH_CONNECTION_NAME/],
    ['a connection name with a slash', { ...REG, OAUTH_CONNECTION_NAME: 'a/b', SSO_APP_ID: REG.MicrosoftAppId }, /OAUTH_CONNECTION_NAME must be the name/],
    ['the demonstration beside a registration', { ...REG, PARTNER_ACTIONS_DEMO: 'true' }, /PARTNER_ACTIONS_DEMO is for local use without a registration/],
    ['the demonstration in production', { PARTNER_ACTIONS_DEMO: 'true', NODE_ENV: 'production' }, /PARTNER_ACTIONS_DEMO is for local use/],
    [
      'the demonstration with NODE_ENV=prod',
      { PARTNER_ACTIONS_DEMO: 'true', NODE_ENV: 'prod' },
      /PARTNER_ACTIONS_DEMO is for local use: it runs only with NODE_ENV unset/,
    ],
    [
      'the demonstration on the network even when anonymous use is allowed',
      { PARTNER_ACTIONS_DEMO: 'true', HOST: '0.0.0.0', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'true' },
      /HOST must be a loopback/,
    ],
    [
      'the demonstration on a private address',
      { PARTNER_ACTIONS_DEMO: 'true', HOST: '192.168.1.10', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'true', NODE_ENV: 'development' },
      /HOST must be a loopback/,
    ],
    [
      'an entry limit over the memory limit',
      { STATE_MAX_ENTRY_BYTES: String(4 * 1024 * 1024), MEMORY_STATE_MAX_BYTES: String(2 * 1024 * 1024) },
      /STATE_MAX_ENTRY_BYTES must not be more/,
    ],
    ['the demonstration and an OAuth connection', { PARTNER_ACTIONS_DEMO: 'true', OAUTH_CONNECTION_NAME: 'PartnerCenter' }, /not both/],
  ];
  for (const [what, env, message] of bad) {
    it(`stops with one clear line on ${what}`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message) && !e.message.includes('\n'),
      );
    });
  }

  it('takes the Partner Center actions: an OAuth connection with its sign-in app, or the local demonstration; none by default', () => {
    assert.equal(loadConfig({}).partnerActions, undefined);
    assert.deepEqual(loadConfig({ ...REG, OAUTH_CONNECTION_NAME: 'PartnerCenter', SSO_APP_ID: '11111111-2222-4333-8444-555555555555' }).partnerActions, {
      mode: 'oauth',
      connectionName: 'PartnerCenter',
      ssoAppId: '11111111-2222-4333-8444-555555555555',
    });
    assert.deepEqual(loadConfig({ PARTNER_ACTIONS_DEMO: 'true' }).partnerActions, { mode: 'demo' });
    assert.deepEqual(loadConfig({ PARTNER_ACTIONS_DEMO: 'true', HOST: 'localhost', NODE_ENV: 'test' }).partnerActions, { mode: 'demo' });
    assert.deepEqual(loadConfig({ PARTNER_ACTIONS_DEMO: 'true', HOST: '::1', NODE_ENV: 'development' }).partnerActions, { mode: 'demo' });
  });

  it('never repeats a secret in its messages', () => {
    try {
      loadConfig({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'TopSecretValue' });
      assert.fail('should throw');
    } catch (e) {
      assert.ok(!(e as Error).message.includes('TopSecretValue'));
    }
  });

  it('takes blob state by account URL with a user-assigned identity, and keeps the SAS of a bad URL out of its message', () => {
    const c = loadConfig({ STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://advisor.blob.core.windows.net', AZURE_CLIENT_ID: APP_ID });
    assert.equal(c.blobAccountUrl, 'https://advisor.blob.core.windows.net');
    assert.equal(c.azureClientId, APP_ID);
    assert.throws(
      () => loadConfig({ STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://a.blob.core.windows.net/?sig=SasSignature' }),
      (e: Error) => !e.message.includes('SasSignature'),
    );
  });

  it('keeps a bot without a registration on loopback addresses, beyond them only with the development switch', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) assert.equal(loadConfig({ HOST: host }).host, host);
    const open = loadConfig({ HOST: '0.0.0.0', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'true' });
    assert.equal(open.host, '0.0.0.0');
    assert.equal(open.anonymousOnNetwork, true);
    assert.equal(loadConfig({ HOST: '127.0.0.1', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'true' }).host, '127.0.0.1');
    // With a registration every request is authenticated: any interface will do, no switch needed.
    assert.equal(
      loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).anonymousOnNetwork,
      false,
    );
  });

  it('bounds connections and the in-memory state by default, and takes other bounds', () => {
    const c = loadConfig({});
    assert.deepEqual(c.connections, {
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 250_000,
      maxConnections: 1_000,
      maxConnectionsPerClient: 200,
      maxIdleConnectionsPerClient: 100,
      responseWriteTimeoutMs: 15_000,
    });
    assert.deepEqual(c.memoryState, { maxEntries: 20_000, idleMinutes: 1_440, maxBytes: 64 * 1024 * 1024 });
    assert.equal(c.stateMaxEntryBytes, 256 * 1024);
    const set = loadConfig({
      HTTP_REQUEST_TIMEOUT_MS: '5000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
      HTTP_MAX_CONNECTIONS: '50',
      MEMORY_STATE_MAX_ENTRIES: '500',
      MEMORY_STATE_IDLE_MINUTES: '30',
      HTTP_RESPONSE_WRITE_TIMEOUT_MS: '4000',
      MEMORY_STATE_MAX_BYTES: String(8 * 1024 * 1024),
      STATE_MAX_ENTRY_BYTES: '65536',
    });
    // The per-client defaults follow a global cap set below them.
    assert.deepEqual(set.connections, {
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 5_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 50,
      maxConnectionsPerClient: 50,
      maxIdleConnectionsPerClient: 50,
      responseWriteTimeoutMs: 4_000,
    });
    assert.deepEqual(set.memoryState, { maxEntries: 500, idleMinutes: 30, maxBytes: 8 * 1024 * 1024 });
    assert.equal(set.stateMaxEntryBytes, 65_536);
    const few = loadConfig({ HTTP_MAX_CONNECTIONS: '4' }).connections!;
    assert.deepEqual([few.maxConnectionsPerClient, few.maxIdleConnectionsPerClient], [4, 4]);
    const shares = loadConfig({ HTTP_MAX_CONNECTIONS_PER_CLIENT: '30', HTTP_MAX_IDLE_CONNECTIONS_PER_CLIENT: '0' }).connections!;
    assert.deepEqual([shares.maxConnections, shares.maxConnectionsPerClient, shares.maxIdleConnectionsPerClient], [1_000, 30, 0]);
  });

  it('takes ALLOWED_HOSTS as host names and addresses, in lower case, without brackets or repeats', () => {
    assert.equal(loadConfig({}).allowedHosts, undefined, 'none by default');
    assert.equal(loadConfig({ ALLOWED_HOSTS: ' , ' }).allowedHosts, undefined);
    assert.deepEqual(loadConfig({ ALLOWED_HOSTS: 'Bot.Example.com, 192.168.1.20 ,[FD00::1];my-laptop.local,bot.example.com' }).allowedHosts, [
      'bot.example.com',
      '192.168.1.20',
      'fd00::1',
      'my-laptop.local',
    ]);
    // With a registration too: the check then applies (protocols/http/hosts.ts).
    assert.deepEqual(
      loadConfig({ ALLOWED_HOSTS: 'bot.contoso.com', MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).allowedHosts,
      ['bot.contoso.com'],
    );
  });

  it('accepts a managed identity without a password', () => {
    const c = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT });
    assert.equal(c.appType, 'UserAssignedMSI');
  });
});
