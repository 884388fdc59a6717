// Blob state with a managed identity: the compiled bot given BLOB_ACCOUNT_URL and no key gets its
// storage token from DefaultAzureCredential, here fed by a stand-in App Service identity endpoint,
// and talks to Azurite over HTTPS in OAuth mode (bearer tokens only). A storage that refuses the
// identity, or an identity that gives no token, stops start-up with one line that never holds a token.
import { strict as assert } from 'assert';
import { azuriteOAuth } from '../support/azurite';
import { BotProcess } from '../support/botProcess';
import { HttpChat } from '../support/httpChat';
import { identityEndpoint, IdentityEndpoint, storageToken } from '../support/identityEndpoint';

const CLIENT_ID = '7c0ffee0-1234-4abc-8def-0123456789ab';

describe('Blob state with a managed identity (Azurite, OAuth over HTTPS)', function () {
  this.timeout(90_000);
  let az: Awaited<ReturnType<typeof azuriteOAuth>>;
  let identity: IdentityEndpoint | undefined;

  before(async () => {
    az = await azuriteOAuth();
  });
  afterEach(async () => {
    await identity?.close();
    identity = undefined;
  });

  const envFor = (id: IdentityEndpoint, container: string): Record<string, string> => ({
    STORAGE: 'blob',
    BLOB_ACCOUNT_URL: az.accountUrl,
    BLOB_CONTAINER: container,
    AZURE_CLIENT_ID: CLIENT_ID,
    NODE_EXTRA_CA_CERTS: az.certFile,
    ...id.env,
  });

  it('holds a conversation across two processes with tokens from the user-assigned identity, and logs no token', async () => {
    identity = await identityEndpoint();
    const env = envFor(identity, az.container('identity'));
    const [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
    try {
      const chat = new HttpChat(a.base, 'identity-conversation');
      assert.equal((await chat.say('hello')).status, 200);
      const first = chat.currentQuestion();
      // The second process only knows the first answer from the shared container.
      assert.equal((await chat.answer(first.options[0]!, b.base)).status, 200);
      assert.notEqual(chat.currentQuestion().id, first.id, 'the other process read the first answer from storage');
      assert.ok(identity.requests.length >= 1);
      for (const query of identity.requests) {
        assert.equal(query.get('resource'), 'https://storage.azure.com');
        assert.equal(query.get('client_id'), CLIENT_ID, 'AZURE_CLIENT_ID picks the user-assigned identity');
      }
      const output = JSON.stringify([a.logs, b.logs]) + a.stderr + b.stderr;
      for (const token of identity.issued) assert.ok(!output.includes(token.split('.')[1]!), 'no token in the logs');
      assert.equal(a.logged('advisor listening')[0]!.storage, 'blob');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  const refusals: [string, () => string | number, RegExp][] = [
    [
      'a token for another audience',
      () => storageToken({ aud: 'https://vault.azure.net' }),
      /refused the credentials \(InvalidAuthenticationInfo|AuthenticationFailed\)/,
    ],
    ['an expired token', () => storageToken({ exp: -120 }), /refused the credentials/],
    ['no identity assigned (the endpoint answers 400)', () => 400, /no token could be had for the managed identity \(\w+Error\)/],
  ];
  for (const [what, answer, line] of refusals) {
    it(`stops start-up with one clear line for ${what}, never the token`, async () => {
      identity = await identityEndpoint(answer);
      const result = await BotProcess.run(envFor(identity, az.container('refused')));
      assert.equal(result.code, 1);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, line);
      assert.match(lines[0]!, /Check .*AZURE_CLIENT_ID/);
      assert.ok(lines[0]!.includes(`${az.accountUrl}/`), 'names the store');
      for (const token of identity.issued) {
        assert.ok(!(result.stderr + result.stdout).includes(token.split('.')[1]!), 'no token in the output');
      }
    });
  }
});
